package surrogate

import (
	"net/netip"
	"strings"
)

// reservedDomain maps a top-level domain to an RFC 2606 domain.
func reservedDomain(host string) string {
	h := strings.ToLower(strings.TrimRight(host, ". "))
	switch {
	case strings.HasSuffix(h, ".org"):
		return "example.org"
	case strings.HasSuffix(h, ".net"):
		return "example.net"
	}
	return "example.com"
}

// genEmail builds a local part from a fake name in the original's shape
// ("john.smith" -> "mary.keller", "jsmith" -> "mkeller", "js" -> "mk",
// trailing digits kept as digits) and uses a reserved domain, without
// its dot where the original's host has none (a payment handle). Without a
// parsed address (OCR lost the domain's dot: "epenna@acme-srlit") the
// local part is redrawn character by character and the domain is still a
// reserved one, so that no noise of the original's domain is drawn again.
func genEmail(j *job) (string, error) {
	p := j.value.Email
	r := j.rng(j.norm)
	if p == nil {
		local, host, ok := strings.Cut(j.orig, "@")
		if !ok {
			return charwise(r, j.orig), nil
		}
		return charwise(r, local) + "@" + matchCase(host, reservedDomain(host)), nil
	}
	body := strings.TrimSuffix(p.Local, p.Digits)
	// Names of about the length of the original's parts ("john.smith").
	likeFirst, likeLast := body, body
	if len(p.Words) >= 2 {
		likeFirst, likeLast = p.Words[0], p.Words[len(p.Words)-1]
	}
	first := lettersOnly(closestLength(likeFirst, r.fake.FirstName, nil))
	last := lettersOnly(closestLength(likeLast, r.fake.LastName, nil))
	var nl string
	if len(p.Seps) > 0 {
		if len(p.Words) > 0 && len(p.Words[0]) == 1 {
			first = first[:1]
		}
		nl = first + p.Seps[0] + last
	} else if len(body) <= 3 && body != "" {
		nl = first[:1] + last[:1]
		if len(body) == 3 {
			nl = first[:1] + string(rune('a'+r.IntN(26))) + last[:1]
		}
	} else if body != "" {
		nl = first[:1] + last
	}
	if p.Digits != "" {
		nl += randomDigits(r, len(p.Digits), p.Digits[0] != '0')
	}
	nl = applyCase(caseOf(p.Local), nl)
	dom := matchCase(p.Domain, reservedDomain(p.Domain))
	switch {
	case p.Domain == "":
		dom = ""
	case !strings.Contains(p.Domain, "."):
		dom = matchCase(p.Domain, "example") // a payment handle's provider: "suma.gowda@okaxis"
	}
	return p.Lead + nl + "@" + dom + p.Tail, nil
}

func lettersOnly(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// genURL keeps the scheme, a "www."-style first label, the path's shape
// and file extension, and moves the host to a reserved domain. Without a
// parsed URL the text is redrawn character by character.
func genURL(j *job) (string, error) {
	p := j.value.URL
	r := j.rng(j.norm)
	if p == nil {
		return charwise(r, j.orig), nil
	}
	nh := matchCase(p.Host, p.Sub+reservedDomain(p.Host))
	return p.Scheme + nh + p.Port + charwise(r, p.Path) + p.Ext, nil
}

var docNets = []string{"192.0.2.", "198.51.100.", "203.0.113."}

// genIP replaces IPv4 addresses with addresses in the documentation ranges
// (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and an IPv6 address with
// one in 2001:db8::/32, keeping the text around them. Without a parsed
// address the text is redrawn character by character.
func genIP(j *job) (string, error) {
	p := j.value.IP
	r := j.rng(j.norm)
	switch {
	case p != nil && len(p.V4) > 0 && len(p.Between) == len(p.V4)+1:
		var b strings.Builder
		for i, a := range p.V4 {
			b.WriteString(p.Between[i])
			oct := strings.Split(r.pick(docNets)+itoa(1+r.IntN(254)), ".")
			for k := range oct {
				if k > 0 {
					b.WriteString(a.Seps[k-1])
				}
				b.WriteString(oct[k])
			}
		}
		b.WriteString(p.Between[len(p.V4)])
		return b.String(), nil
	case p != nil && p.V6 != "" && len(p.Between) == 2:
		var b [16]byte
		b[0], b[1], b[2], b[3] = 0x20, 0x01, 0x0d, 0xb8
		for i := 4; i < 16; i++ {
			b[i] = byte(r.IntN(256))
		}
		a := netip.AddrFrom16(b).String()
		if strings.ToUpper(p.V6) == p.V6 {
			a = strings.ToUpper(a)
		}
		return p.Between[0] + a + p.Between[1], nil
	}
	return charwise(r, j.orig), nil
}
