package pii

import "github.com/anonymizer-project/anonymizer/pipeline/entity"

// ParseValue reads text, the text of an entity of type t, into its value:
// what entity.Parse reads, and the parts that take this package's word
// lists: an address's or a place's (ADDRESS, LOCATION) and an
// organisation's. The text is first cleaned as entity.CleanText does.
// Numeric dates are read month first, as on the US forms the detector is
// built for, unless a field over 12 says otherwise.
func ParseValue(t entity.Type, text string) entity.Value {
	v := entity.Parse(t, text, entity.Conventions{})
	switch t {
	case entity.Address, entity.Location:
		v.Address = parseAddress(entity.CleanText(text))
	case entity.Organization:
		v.Org = parseOrg(entity.CleanText(text))
	}
	return v
}

// parseValue is ParseValue of a detected entity.
func parseValue(e Entity) entity.Value {
	return ParseValue(e.Type, e.Text)
}
