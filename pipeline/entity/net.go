package entity

import (
	"net/netip"
	"regexp"
	"strings"
)

// EmailParts is an EMAIL entity's text read as an address.
type EmailParts struct {
	// Lead is the space and punctuation before the local part ("<", "(").
	Lead string
	// Local is the local part as written ("John.Smith42").
	Local string
	// Words are the local part without its trailing digits, split at
	// ".", "_", "-" and "+" (one word when there is no separator; one
	// empty word when the local part is all digits).
	Words []string
	// Seps are the separators between Words.
	Seps []string
	// Digits are the local part's trailing digits.
	Digits string
	// Domain is the domain without the punctuation after it.
	Domain string
	// Tail is what follows the domain: punctuation, space.
	Tail string
}

var (
	emailSepRe   = regexp.MustCompile(`[._\-+]`)
	trailDigitRe = regexp.MustCompile(`\d+$`)
)

// ParseEmail reads an e-mail address; nil without an "@".
func ParseEmail(s string) *EmailParts {
	at := strings.LastIndex(s, "@")
	if at < 0 {
		return nil
	}
	local := s[:at]
	trimmed := strings.TrimLeft(local, " \t<(\"'")
	p := &EmailParts{Lead: local[:len(local)-len(trimmed)], Local: trimmed}
	domain := s[at+1:]
	p.Tail = domain[len(strings.TrimRight(domain, " \t.,;:)>")):]
	p.Domain = strings.TrimRight(strings.TrimSpace(domain), " \t.,;:)>")
	p.Digits = trailDigitRe.FindString(p.Local)
	body := strings.TrimSuffix(p.Local, p.Digits)
	p.Words = emailSepRe.Split(body, -1)
	p.Seps = emailSepRe.FindAllString(body, -1)
	return p
}

// URLParts is a URL entity's text read as a URL.
type URLParts struct {
	// Scheme is the scheme with "://" ("https://"), or "".
	Scheme string
	// Host is the host name as written.
	Host string
	// Sub is a leading "www."-style label of Host ("www.", "mail."), or "".
	Sub string
	// Port is the port with its colon (":8080"), or "".
	Port string
	// Path is the rest: path, query and fragment, without Ext.
	Path string
	// Ext is the file extension that ends the path (".html"), or "".
	Ext string
}

var (
	schemeRe  = regexp.MustCompile(`(?i)^\s*[a-z][a-z0-9+.\-]*://`)
	urlExtRe  = regexp.MustCompile(`(?i)\.(html?|php|aspx?|jsp|pdf|cgi|xml|json|txt)$`)
	hostSubRe = regexp.MustCompile(`(?i)^(www\d?|mail|ftp|web|m)\.`)
)

// ParseURL reads a URL; nil when it has neither a scheme nor a dotted
// host.
func ParseURL(s string) *URLParts {
	p := &URLParts{Scheme: schemeRe.FindString(s)}
	rest := s[len(p.Scheme):]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	p.Host, p.Path = rest[:end], rest[end:]
	if c := strings.LastIndex(p.Host, ":"); c >= 0 {
		p.Host, p.Port = p.Host[:c], p.Host[c:]
	}
	if p.Scheme == "" && !strings.Contains(p.Host, ".") {
		return nil
	}
	p.Sub = hostSubRe.FindString(p.Host)
	p.Ext = urlExtRe.FindString(p.Path)
	p.Path = strings.TrimSuffix(p.Path, p.Ext)
	return p
}

// IPParts is an IP entity's text read as addresses: either the IPv4
// addresses it holds, or one IPv6 address.
type IPParts struct {
	// V4 are the IPv4 addresses, left to right.
	V4 []IPv4
	// Between is the text around the V4 addresses (len(V4)+1 pieces), or,
	// for an IPv6 address, the text before and after it (two pieces).
	Between []string
	// V6 is the IPv6 address as written, or "".
	V6 string
}

// IPv4 is one IPv4 address as written: its four octets and the three
// separators between them (".", " . ").
type IPv4 struct {
	Octets [4]string
	Seps   [3]string
}

var (
	ipv4Re = regexp.MustCompile(`\d{1,3}(\s*\.\s*\d{1,3}){3}`)
	ipv6Re = regexp.MustCompile(`(?i)[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}`)
	octRe  = regexp.MustCompile(`\d{1,3}`)
)

// ParseIP reads the IPv4 addresses in s or, without one, its first IPv6
// address; nil when it holds neither.
func ParseIP(s string) *IPParts {
	if locs := ipv4Re.FindAllStringIndex(s, -1); locs != nil {
		p := &IPParts{}
		pos := 0
		for _, loc := range locs {
			p.Between = append(p.Between, s[pos:loc[0]])
			p.V4 = append(p.V4, readIPv4(s[loc[0]:loc[1]]))
			pos = loc[1]
		}
		p.Between = append(p.Between, s[pos:])
		return p
	}
	loc := ipv6Re.FindStringIndex(s)
	if loc == nil {
		return nil
	}
	m := s[loc[0]:loc[1]]
	if _, err := netip.ParseAddr(strings.ToLower(m)); err != nil {
		return nil
	}
	return &IPParts{V6: m, Between: []string{s[:loc[0]], s[loc[1]:]}}
}

// readIPv4 splits an address ipv4Re matched into octets and separators.
func readIPv4(m string) IPv4 {
	var a IPv4
	locs := octRe.FindAllStringIndex(m, 4)
	for k, loc := range locs {
		a.Octets[k] = m[loc[0]:loc[1]]
		if k > 0 {
			a.Seps[k-1] = m[locs[k-1][1]:loc[0]]
		}
	}
	return a
}
