package surrogate

import (
	"net/netip"
	"regexp"
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

var (
	emailSepRe   = regexp.MustCompile(`[._\-+]`)
	trailDigitRe = regexp.MustCompile(`\d+$`)
)

// genEmail builds a local part from a fake name in the original's shape
// ("john.smith" -> "mary.keller", "jsmith" -> "mkeller", "js" -> "mk",
// trailing digits kept as digits) and uses a reserved domain.
func genEmail(j *job) (string, error) {
	at := strings.LastIndex(j.orig, "@")
	r := j.rng(j.norm)
	if at < 0 {
		return charwise(r, j.orig), nil
	}
	lead, local := splitLeadingSpace(j.orig[:at])
	domain := j.orig[at+1:]
	core := strings.TrimSpace(domain)
	tail := domain[len(strings.TrimRight(domain, " \t.,;:)>")):]
	core = strings.TrimRight(core, " \t.,;:)>")

	digits := trailDigitRe.FindString(local)
	body := strings.TrimSuffix(local, digits)
	// Names of about the length of the original's parts ("john.smith").
	likeFirst, likeLast := body, body
	if p := emailSepRe.Split(body, -1); len(p) >= 2 {
		likeFirst, likeLast = p[0], p[len(p)-1]
	}
	first := lettersOnly(closestLength(likeFirst, r.fake.FirstName))
	last := lettersOnly(closestLength(likeLast, r.fake.LastName))
	var nl string
	if seps := emailSepRe.FindAllString(body, -1); len(seps) > 0 {
		parts := emailSepRe.Split(body, -1)
		if len(parts) > 0 && len(parts[0]) == 1 {
			first = first[:1]
		}
		nl = first + seps[0] + last
	} else if len(body) <= 3 && body != "" {
		nl = first[:1] + last[:1]
		if len(body) == 3 {
			nl = first[:1] + string(rune('a'+r.IntN(26))) + last[:1]
		}
	} else if body != "" {
		nl = first[:1] + last
	}
	if digits != "" {
		nl += randomDigits(r, len(digits), digits[0] != '0')
	}
	nl = applyCase(caseOf(local), nl)
	dom := matchCase(core, reservedDomain(core))
	if core == "" {
		dom = ""
	}
	return lead + nl + "@" + dom + tail, nil
}

func splitLeadingSpace(s string) (string, string) {
	t := strings.TrimLeft(s, " \t<(\"'")
	return s[:len(s)-len(t)], t
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

var (
	schemeRe  = regexp.MustCompile(`(?i)^\s*[a-z][a-z0-9+.\-]*://`)
	urlExtRe  = regexp.MustCompile(`(?i)\.(html?|php|aspx?|jsp|pdf|cgi|xml|json|txt)$`)
	hostSubRe = regexp.MustCompile(`(?i)^(www\d?|mail|ftp|web|m)\.`)
)

// genURL keeps the scheme, a "www."-style first label, the path's shape
// and file extension, and moves the host to a reserved domain.
func genURL(j *job) (string, error) {
	r := j.rng(j.norm)
	s := j.orig
	scheme := schemeRe.FindString(s)
	rest := s[len(scheme):]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	host, path := rest[:end], rest[end:]
	port := ""
	if c := strings.LastIndex(host, ":"); c >= 0 {
		host, port = host[:c], host[c:]
	}
	if scheme == "" && !strings.Contains(host, ".") {
		return charwise(r, s), nil
	}
	nh := reservedDomain(host)
	if m := hostSubRe.FindString(host); m != "" {
		nh = m + nh
	}
	nh = matchCase(host, nh)
	ext := urlExtRe.FindString(path)
	np := charwise(r, strings.TrimSuffix(path, ext)) + ext
	return scheme + nh + port + np, nil
}

var (
	ipv4Re = regexp.MustCompile(`\d{1,3}(\s*\.\s*\d{1,3}){3}`)
	ipv6Re = regexp.MustCompile(`(?i)[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}`)
	octRe  = regexp.MustCompile(`\d{1,3}`)
)

var docNets = []string{"192.0.2.", "198.51.100.", "203.0.113."}

// genIP replaces IPv4 addresses with addresses in the documentation ranges
// (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and IPv6 addresses with
// addresses in 2001:db8::/32, keeping the text around them.
func genIP(j *job) (string, error) {
	r := j.rng(j.norm)
	s := j.orig
	if ipv4Re.MatchString(s) {
		return ipv4Re.ReplaceAllStringFunc(s, func(m string) string {
			oct := strings.Split(r.pick(docNets)+itoa(1+r.IntN(254)), ".")
			k := 0
			return octRe.ReplaceAllStringFunc(m, func(string) string {
				o := oct[k]
				k++
				return o
			})
		}), nil
	}
	if loc := ipv6Re.FindStringIndex(s); loc != nil {
		m := s[loc[0]:loc[1]]
		if _, err := netip.ParseAddr(strings.ToLower(m)); err == nil {
			var b [16]byte
			b[0], b[1], b[2], b[3] = 0x20, 0x01, 0x0d, 0xb8
			for i := 4; i < 16; i++ {
				b[i] = byte(r.IntN(256))
			}
			a := netip.AddrFrom16(b).String()
			if strings.ToUpper(m) == m {
				a = strings.ToUpper(a)
			}
			return s[:loc[0]] + a + s[loc[1]:], nil
		}
	}
	return charwise(r, s), nil
}
