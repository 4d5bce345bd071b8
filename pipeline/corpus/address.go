package corpus

import (
	"fmt"
	"strings"
)

// addrPiece is part of an address line: the postcode (labelled ZIP) or
// other text (labelled ADDRESS).
type addrPiece struct {
	text string
	zip  bool
}

// address is a postal address as printed, line by line, and its town.
type address struct {
	lines [][]addrPiece
	town  string
}

func text(s string) addrPiece { return addrPiece{text: s} }
func zip(s string) addrPiece  { return addrPiece{text: s, zip: true} }

// indianStreetWords are street-type words of Indian addresses.
var indianStreetWords = []string{"Road", "Marg", "Nagar", "Colony", "Layout", "Main Road", "Cross Road"}

// address draws a postal address in the country's layout: the street line
// with the local street-type words and house-number position, then the
// postcode and town line (and region where it is printed).
func (g *gen) address() address {
	street := g.pick(g.d.Streets)
	town := g.pick(g.d.Cities)
	region := g.d.Regions[g.r.IntN(len(g.d.Regions))]
	a := addressLayouts[g.c.code](g, street, town, region)
	a.town = town
	return a
}

// addressLayouts print an address in each country's layout.
var addressLayouts = map[string]func(g *gen, street, town string, region [2]string) address{
	"US": usAddress, "GB": gbAddress, "DE": deAddress, "FR": frAddress, "ES": esAddress, "IT": itAddress, "IN": inAddress,
}

func usAddress(g *gen, street, town string, region [2]string) address {
	var a address
	st := fmt.Sprintf("%d %s", g.between(1, 9899), street)
	if g.chance(0.2) {
		st += ", " + g.fill(g.pick(g.d.Secondary))
	}
	pc := g.fill("#####")
	if g.chance(0.2) {
		pc += g.fill("-####")
	}
	a.lines = [][]addrPiece{{text(st)}, {text(town + ","), text(region[1]), zip(pc)}}
	return a
}

func gbAddress(g *gen, street, town string, region [2]string) address {
	var a address
	st := fmt.Sprintf("%d %s", g.between(1, 240), street)
	if g.chance(0.25) {
		st = fmt.Sprintf("Flat %d, %s", g.between(1, 40), st)
	}
	t := town
	if g.chance(0.5) {
		t = strings.ToUpper(town)
	}
	pc := g.ukPostcode()
	if g.chance(0.5) {
		a.lines = [][]addrPiece{{text(st)}, {text(t)}, {zip(pc)}}
	} else {
		a.lines = [][]addrPiece{{text(st)}, {text(t), zip(pc)}}
	}
	return a
}

func deAddress(g *gen, street, town string, region [2]string) address {
	var a address
	st := street + " " + g.fill(g.pick(g.d.BuildingNumbers))
	a.lines = [][]addrPiece{{text(st)}, {zip(g.fill("#####")), text(town)}}
	return a
}

func frAddress(g *gen, street, town string, region [2]string) address {
	var a address
	st := street
	if g.chance(0.6) {
		// "rue", "avenue" are written in lower case after the number.
		if i := strings.IndexByte(st, ' '); i > 0 {
			st = strings.ToLower(st[:i]) + st[i:]
		}
	}
	sep := " "
	if g.chance(0.3) {
		sep = ", "
	}
	st = fmt.Sprintf("%d%s%s%s", g.between(1, 180), g.pick([]string{"", "", "", " bis"}), sep, st)
	t := town
	if g.chance(0.5) {
		t = strings.ToUpper(town)
	}
	line := []addrPiece{zip(g.fill(g.pick(g.d.Postcodes))), text(t)}
	if g.chance(0.15) {
		line = append(line, text("CEDEX"))
	}
	a.lines = [][]addrPiece{{text(st)}, line}
	return a
}

func esAddress(g *gen, street, town string, region [2]string) address {
	var a address
	st := fmt.Sprintf("%s, %d", street, g.between(1, 220))
	if g.chance(0.5) {
		st += ", " + g.pick(g.d.Secondary)
	}
	line := []addrPiece{zip(g.fill("#####")), text(town)}
	if g.chance(0.5) {
		line = append(line, text("("+region[0]+")"))
	}
	a.lines = [][]addrPiece{{text(st)}, line}
	return a
}

func itAddress(g *gen, street, town string, region [2]string) address {
	var a address
	sep := " "
	if g.chance(0.5) {
		sep = ", "
	}
	st := fmt.Sprintf("%s%s%d", street, sep, g.between(1, 200))
	prov := region[1]
	if g.chance(0.5) {
		prov = "(" + prov + ")"
	}
	a.lines = [][]addrPiece{{text(st)}, {zip(g.fill("#####")), text(town), text(prov)}}
	return a
}

func inAddress(g *gen, street, town string, region [2]string) address {
	var a address
	var st string
	if g.chance(0.5) {
		st = street
	} else {
		st = g.pick(g.d.Last) + " " + g.pick(indianStreetWords)
	}
	house := g.pick([]string{fmt.Sprintf("Flat No. %d", g.between(1, 900)), fmt.Sprintf("No. %d", g.between(1, 300)),
		fmt.Sprintf("H.No. %d-%d-%d", g.between(1, 9), g.between(1, 12), g.between(1, 400))})
	pin := g.fill("######")
	if g.chance(0.3) {
		pin = pin[:3] + " " + pin[3:]
	}
	line2 := []addrPiece{text(town + ","), text(region[0]), zip(pin)}
	if g.chance(0.4) {
		line2 = []addrPiece{text(town), zip(pin)}
	}
	a.lines = [][]addrPiece{{text(house + ",")}, {text(st + ",")}, line2}
	if g.chance(0.5) {
		a.lines = [][]addrPiece{{text(house + ", " + st + ",")}, line2}
	}
	return a
}

// ukInward are the letters of the inward code of a UK postcode.
const ukInward = "ABDEFGHJLNPQRSTUWXYZ"

// ukPostcode draws a UK postcode ("OL3 6BN", "SW12 8QT"): the area letters
// of one of faker's patterns, a district number, a space, a sector digit
// and two unit letters.
func (g *gen) ukPostcode() string {
	p := g.pick(g.d.Postcodes)
	area := strings.TrimRightFunc(p[:min(2, len(p))], func(r rune) bool { return r < 'A' || r > 'Z' })
	return fmt.Sprintf("%s%d %d%c%c", area, g.between(1, 29), g.r.IntN(10), ukInward[g.r.IntN(len(ukInward))], ukInward[g.r.IntN(len(ukInward))])
}
