package pii

import (
	"testing"

	"github.com/anonymizer-project/anonymizer/pipeline/entity"
)

func TestLocationLabelAndNER(t *testing.T) {
	p := mkPage(
		row(50, 100, "Location:", "Charlotte"),
		row(50, 130, "The", "meeting", "will", "be", "held", "at", "our", "offices", "in", "Detroit."),
	)
	ents := analyze(t, DefaultConfig(), p)
	for _, want := range []string{"Charlotte", "Detroit."} {
		if e := withText(find(ents, entity.Location), want); e == nil {
			t.Errorf("no location %q in %v", want, texts(ents))
		}
	}
}

func TestEmailLabelInSentence(t *testing.T) {
	// "by e-mail at ..." in running text is no form label: its value is
	// the address alone, not the rest of the sentence.
	p := mkPage(row(50, 100, "e-mail", "at", "vaughn56@quinn.biz.", "We", "appreciate", "the", "continued", "support", "of"))
	ents := analyze(t, DefaultConfig(), p)
	em := find(ents, entity.Email)
	if len(em) != 1 || em[0].Text != "vaughn56@quinn.biz." {
		t.Errorf("e-mail entities %v", texts(em))
	}
}
