// Package entity names what the pipeline finds and what it does with it: the
// entity types the detector reports, the strategies the anonymizer ends
// with, and the values detection reads from an entity's text (Parse: a
// date's fields and layout, a phone number's parts, a name's words and their
// roles) that the surrogate stage writes its stand-ins from. Detection,
// surrogates, the engine and reports all take these from here, so each is
// written once.
package entity

import "strings"

// Type is an entity type. The string values appear in reports and config.
type Type string

// The entity types the detector knows.
const (
	Person       Type = "PERSON"
	Organization Type = "ORGANIZATION"
	Location     Type = "LOCATION"
	Address      Type = "ADDRESS"
	Date         Type = "DATE"
	Phone        Type = "PHONE"
	Email        Type = "EMAIL"
	URL          Type = "URL"
	IP           Type = "IP"
	CreditCard   Type = "CREDIT_CARD"
	IBAN         Type = "IBAN"
	SSN          Type = "US_SSN"
	Zip          Type = "ZIP"
	ID           Type = "ID"
	Age          Type = "AGE"
)

// AllTypes lists every type in a stable order.
var AllTypes = []Type{Person, Organization, Location, Address, Date, Phone, Email, URL, IP, CreditCard, IBAN, SSN, Zip, ID, Age}

// PersonalText is the part of an entity's text that is personal data, the
// text a leak check looks for: an age's number without the words OCR read
// joined to it ("75" of "75-year-old"); the whole text for other types.
func PersonalText(t Type, text string) string {
	if t != Age {
		return text
	}
	var b strings.Builder
	for _, r := range text {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return text
	}
	return b.String()
}

// ParseType accepts a type name case-insensitively ("phone", "US_SSN").
func ParseType(s string) (Type, bool) {
	u := Type(strings.ToUpper(strings.TrimSpace(s)))
	for _, t := range AllTypes {
		if t == u {
			return t, true
		}
	}
	return "", false
}

// Strategy is how a region of the page was anonymized. The string values
// appear in reports and on the command line.
type Strategy string

// The strategies, in the order the anonymizer falls back through them.
const (
	// Diffusion: the diffusion model printed the replacement.
	Diffusion Strategy = "diffusion"
	// Render: the render path drew the replacement in the page's style.
	Render Strategy = "render"
	// Redact: a solid box.
	Redact Strategy = "redact"
	// Erase: ink of a field extent was erased (no text drawn there).
	Erase Strategy = "erase"
)

// ParseStrategy accepts the strategies a user may ask for first
// (diffusion, render or redact), case-insensitively.
func ParseStrategy(s string) (Strategy, bool) {
	switch v := Strategy(strings.ToLower(strings.TrimSpace(s))); v {
	case Diffusion, Render, Redact:
		return v, true
	}
	return "", false
}
