package checksum

// IBANLength is the IBAN length of the country with the given two-letter
// code in the SWIFT IBAN registry; ok is false for a country the registry
// does not list.
func IBANLength(country string) (n int, ok bool) {
	n, ok = ibanLengths[country]
	return n, ok
}
