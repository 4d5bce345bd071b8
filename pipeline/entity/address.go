package entity

// AddressParts is an ADDRESS or LOCATION entity's text read as the parts of
// a postal address or a place name: every word of it, grouped into parts
// with the role each plays. Detection fills it (it needs lists of states,
// countries and cities this package does not hold); the surrogate stage
// replaces each part by its role.
type AddressParts struct {
	// Prefix is the whitespace before the first word.
	Prefix string
	// Words, joined with Prefix (JoinWords), are the text.
	Words []Word
	// Parts cover Words in order: each word is in exactly one part.
	Parts []AddressPart
	// Country is the ISO 3166 alpha-2 code of the country the address is
	// read as being in ("DE" for "10115 Berlin"), "" when unknown: a
	// surrogate may be drawn from the same country.
	Country string
}

// AddressPart is a run of an address's words and its role.
type AddressPart struct {
	Role AddressRole
	// Start and End are the indices of the part's first and last word.
	Start, End int
	// Name is what a city, state, country or state code is known by: its
	// words joined by single spaces, periods ending a word dropped ("New
	// York"), or a dotted state code's letters ("NY" for "N. Y.").
	Name string
	// Digits and Suffix are an ordinal's number and its letters ("63",
	// "rd").
	Digits, Suffix string
}

// AddressRole is the part a run of words plays in an address.
type AddressRole int

// The roles of an address's parts. The first four are kept as written.
const (
	// AddrLiteral is kept: punctuation, lower-case connective words,
	// initials ("S.", "P. O.") and form instructions in parentheses
	// ("(Include state and zip code)").
	AddrLiteral AddressRole = iota
	// AddrKeyword is kept: unit, box and care-of words and directionals
	// ("Suite", "Box", "c/o", "North", "Flat", "No.", "bis", "CEDEX").
	AddrKeyword
	// AddrStreetType is kept: "Street", "Ave.", "Blvd", and the street
	// types of other languages ("rue", "Via", "Calle", "C/", "Str.").
	AddrStreetType
	// AddrNumber is a word with a digit: a house or unit number, a
	// postcode ("418", "10036", "12-B").
	AddrNumber
	// AddrOrdinal is a numbered street: "63rd" (see Digits and Suffix).
	AddrOrdinal
	// AddrNumberWord is a number spelled as a word from NumberWords: "One".
	AddrNumberWord
	// AddrStateCode is a two-letter state code, "MA", or a dotted one over
	// two words, "N. Y." (see Name), or another country's region code in
	// parentheses or after a town ("(BG)", "VT").
	AddrStateCode
	// AddrStreetName are the capitalised words before a street type, after
	// one ("Via Roma"), or one word with its type glued on ("Hauptstraße").
	AddrStreetName
	// AddrCity is a run of capitalised words read as a city.
	AddrCity
	// AddrState is a state's name, where a postcode or the end follows.
	AddrState
	// AddrCountry is a country's name.
	AddrCountry
	// AddrName is a run of four or more capitalised words that is no street,
	// state or country (a building, an institution): each word is a name.
	AddrName
	// AddrOther is neither a word nor a number ("N/A", "A&P"): it is
	// redrawn character by character.
	AddrOther
)

// NumberWords are the number words an address may spell a small number
// with ("One Main Street"), capitalised.
var NumberWords = []string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"}

// OrgParts is an ORGANIZATION entity's text read as words and the role
// each plays in the name. Detection fills it; the surrogate stage replaces
// the proper names and keeps the rest.
type OrgParts struct {
	// Prefix is the whitespace before the first word.
	Prefix string
	// Words, joined with Prefix (JoinWords), are the text.
	Words []OrgWord
	// Fallback is the word to replace as a name when no word is a proper
	// name ("General Services Company": its first word that is not a legal
	// form), or -1.
	Fallback int
	// Country is the ISO 3166 alpha-2 code of the page's country, "" when
	// unknown: the names in a surrogate may be drawn from it.
	Country string
}

// OrgWord is one word of an organisation's name and its role.
type OrgWord struct {
	Word
	Role OrgRole
}

// OrgRole is the part a word plays in an organisation's name.
type OrgRole int

// The roles of an organisation's words.
const (
	// OrgGeneric is kept: a legal form or a generic word ("Inc.",
	// "Tobacco", "Company", "of"), or punctuation.
	OrgGeneric OrgRole = iota
	// OrgInitials are dotted initials: "R.T.".
	OrgInitials
	// OrgAcronym is an acronym of two to five capitals: "RJR", "AT&T".
	OrgAcronym
	// OrgName is a proper name: "Halverson".
	OrgName
	// OrgOther is neither a word nor initials ("3M", "#12"): it is redrawn
	// character by character.
	OrgOther
)
