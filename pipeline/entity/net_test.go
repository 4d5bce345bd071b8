package entity

import (
	"reflect"
	"testing"
)

func TestParseEmail(t *testing.T) {
	got := ParseEmail("(John.Smith42@Example.COM).")
	want := &EmailParts{Lead: "(", Local: "John.Smith42", Words: []string{"John", "Smith"}, Seps: []string{"."},
		Digits: "42", Domain: "Example.COM", Tail: ")."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if p := ParseEmail("jsmith@acme.org"); len(p.Words) != 1 || len(p.Seps) != 0 || p.Digits != "" {
		t.Errorf("jsmith: %+v", p)
	}
	if p := ParseEmail("no address"); p != nil {
		t.Errorf("no @: %+v", p)
	}
}

func TestParseURL(t *testing.T) {
	got := ParseURL("https://www.acme-corp.com:8080/about/team.html")
	want := &URLParts{Scheme: "https://", Host: "www.acme-corp.com", Sub: "www.", Port: ":8080", Path: "/about/team", Ext: ".html"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if p := ParseURL("acme.org/x1"); p == nil || p.Host != "acme.org" || p.Path != "/x1" {
		t.Errorf("acme.org/x1: %+v", p)
	}
	if p := ParseURL("acme"); p != nil {
		t.Errorf("acme: %+v", p)
	}
}

func TestParseIP(t *testing.T) {
	got := ParseIP("IP: 10 . 1.2.3 and 192.168.0.1")
	want := &IPParts{
		V4: []IPv4{
			{Octets: [4]string{"10", "1", "2", "3"}, Seps: [3]string{" . ", ".", "."}},
			{Octets: [4]string{"192", "168", "0", "1"}, Seps: [3]string{".", ".", "."}},
		},
		Between: []string{"IP: ", " and ", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
	if p := ParseIP("addr fe80::1"); p == nil || p.V6 != "fe80::1" || p.Between[0] != "addr " {
		t.Errorf("IPv6: %+v", p)
	}
	if p := ParseIP("zz:zz"); p != nil {
		t.Errorf("zz:zz: %+v", p)
	}
}
