package pii

import "strings"

// numberMarkers are the words that mark a number in the languages the
// detector reads ("No.", "Nr.", "N°", "Núm.", "Number").
var numberMarkers = map[string]bool{
	"no": true, "nr": true, "n°": true, "nº": true, "n.º": true, "n": true, "num": true,
	"núm": true, "number": true, "nummer": true, "numero": true, "número": true,
	"numéro": true, "#": true, "no#": true,
}

// numberMarker reports whether token t is a number marker.
func numberMarker(t string) bool {
	return numberMarkers[strings.ToLower(strings.Trim(t, ".:;,()"))]
}
