package pii

import "testing"

func TestLocations(t *testing.T) {
	r := LocationRecognizer{}
	patCheck(t, r, Location, []patCase{
		{"we will ship the remaining cases to our office in Fresno by the end of the month.", []string{"Fresno"}, 0.7, 0.7},
		{"will be held at our offices in Los Angeles.", []string{"Los Angeles."}, 0.7, 0.7},
		{"in New Orleans, Louisiana", []string{"New Orleans,"}, 0.7, 0.7},
		{"a plant near Kettleby was", []string{"Kettleby"}, 0.4, 0.5}, // unknown: needs NER to agree
		{"in January we met", nil, 0, 0},
		{"in The Summary", nil, 0, 0},
		{"Fresno is far", nil, 0, 0}, // no preposition
	})
}

func TestLocationLabelAndNER(t *testing.T) {
	p := mkPage(
		row(50, 100, "Location:", "Charlotte"),
		row(50, 130, "The", "meeting", "will", "be", "held", "at", "our", "offices", "in", "Detroit."),
	)
	ents := analyze(t, DefaultConfig(), p)
	for _, want := range []string{"Charlotte", "Detroit."} {
		if e := withText(find(ents, Location), want); e == nil {
			t.Errorf("no location %q in %v", want, texts(ents))
		}
	}
}

func TestEmailSentenceEnd(t *testing.T) {
	r := patRecognizer(t, "email")
	patCheck(t, r, Email, []patCase{
		{"by e-mail at towne11@norman.com. Please call", []string{"towne11@norman.com"}, 0.85, 1},
		{"by e-mail at jamar.navarro@ frazier.net. Enclosed is", []string{"jamar.navarro@ frazier.net"}, 0.6, 0.8},
		{"write to x.y@acme.net. At noon", []string{"x.y@acme.net"}, 0.85, 1},
	})
}

func TestURLDamagedScheme(t *testing.T) {
	r := patRecognizer(t, "url")
	patCheck(t, r, URL, []patCase{
		{"http:/twww.grimesdunnco.org", []string{"http:/twww.grimesdunnco.org"}, 0.7, 0.8},
		{"htlp;//acme-tools.com/orders", []string{"htlp;//acme-tools.com/orders"}, 0.7, 0.8},
		{"http:/tfoo.notatld", nil, 0, 0},
	})
}

func TestEmailLabelInSentence(t *testing.T) {
	// "by e-mail at ..." in running text is no form label: its value is
	// the address alone, not the rest of the sentence.
	p := mkPage(row(50, 100, "e-mail", "at", "vaughn56@quinn.biz.", "We", "appreciate", "the", "continued", "support", "of"))
	ents := analyze(t, DefaultConfig(), p)
	em := find(ents, Email)
	if len(em) != 1 || em[0].Text != "vaughn56@quinn.biz." {
		t.Errorf("e-mail entities %v", texts(em))
	}
}

func TestURLNoisy(t *testing.T) {
	r := patRecognizer(t, "url")
	patCheck(t, r, URL, []patCase{
		{"http://www. centralinstrum. biz", []string{"http://www. centralinstrum. biz"}, 0.65, 0.75},
		{"http://wwwschmidtsinghin. biz", []string{"http://wwwschmidtsinghin. biz"}, 0.65, 0.75},
		{"hups://www.dietrichmortis,biz/contact,", []string{"hups://www.dietrichmortis,biz/contact"}, 0.65, 0.75},
		{"https:/mw.garciadouglas!.org/account", []string{"https:/mw.garciadouglas!.org/account"}, 0.65, 0.75},
		{"www.americanmarket. biz", []string{"www.americanmarket. biz"}, 0.65, 0.75},
		// A sentence after the address is not part of it.
		{"see www.acme.com. The next", []string{"www.acme.com"}, 0.8, 0.9},
		{"Thank you. Please call", nil, 0, 0},
		{"www. Then we left", nil, 0, 0},
	})
}
