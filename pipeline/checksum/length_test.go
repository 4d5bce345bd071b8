package checksum

import "testing"

func TestIBANLength(t *testing.T) {
	if n, ok := IBANLength("GB"); !ok || n != 22 {
		t.Errorf("GB: %d %v, want 22 true", n, ok)
	}
	if n, ok := IBANLength("NO"); !ok || n != 15 {
		t.Errorf("NO: %d %v, want 15 true", n, ok)
	}
	if _, ok := IBANLength("US"); ok {
		t.Error("US has no IBAN, got a length")
	}
}
