package entity

import "testing"

// TestCleanText drops the marks OCR reads at an entity's ends and keeps
// what belongs to its value.
func TestCleanText(t *testing.T) {
	for in, want := range map[string]string{
		"__(804) 555-0147":      "(804) 555-0147",
		"@305 5550137":          "305 5550137",
		"‘808 555 0120":         "808 555 0120",
		"Dakota CARTWRIGHT?":    "Dakota CARTWRIGHT",
		"October21(":            "October21",
		"FEB 26)":               "FEB 26",
		"(Two Spruce Oak Place": "Two Spruce Oak Place",
		"—Elijah Harris":        "Elijah Harris",
		"WILSON,":               "WILSON,",
		"A. J. Stevens Jr.":     "A. J. Stevens Jr.",
		"+44 20 7946 0958":      "+44 20 7946 0958",
		"(212) 373-7500":        "(212) 373-7500",
		"Acme (Europe)":         "Acme (Europe)",
		"#12 Main St.":          "#12 Main St.",
		"_|":                    "",
	} {
		if got := CleanText(in); got != want {
			t.Errorf("CleanText(%q) = %q, want %q", in, got, want)
		}
	}
}
