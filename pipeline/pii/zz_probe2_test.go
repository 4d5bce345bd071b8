package pii

import "testing"

func TestZZProbe(t *testing.T) {
	for _, s := range []string{"Name: -", "Name:", "Address: -",
		"Kasir: Dewi",
		"Nama: Siti Rahayu",
		"Navn: Ole Hansen",
		"Alamat: Kampung Baru Sungai Buloh",
		"Adresse: Le Clos des Vignes",
		"Morada: Quinta do Lago",
		"Endereço: Rua das Flores, 45",
		"Anschrift: Am Waldrand 3",
		"Dirección: Camino Real 14",
		"Indirizzo: Via Roma 12",
		"Rechnung an: Petra Lange",
		"Adresse: siehe oben",
		"Adresse: wie Rechnung",
		"Indirizzo: vedi sopra",
		"Adresse de livraison: identique",
		"Kunde: Vielen Dank für Ihren Einkauf",
		"Nama: -",
		"Postcode: SW1A 1AA",
		"PIN code: 560001",
		"Navn\nOle Hansen",
		"Adresse e-mail: a@b.de",
	} {
		for _, e := range analyze(t, DefaultConfig(), patTestPage(s)) {
			t.Logf("%q -> %s %q %s", s, e.Type, e.Text, e.Source)
		}
		t.Logf("--")
	}
}
