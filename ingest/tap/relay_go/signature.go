package main

// X-Twilio-Signature, as ingest/tap/signature.py checks and makes it with twilio-python's
// RequestValidator: HMAC-SHA1 of the URL (then the sorted params as name+value), base64; a signature
// over the URL with or without its port is accepted, and the query either in the URL or as params.

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"net/url"
	"sort"
	"strings"
)

func publicURLFor(publicURL, requestURI string) string {
	u, err := url.Parse(publicURL)
	if err != nil {
		return requestURI
	}
	return u.Scheme + "://" + u.Host + requestURI
}

func computeSignature(token, uri string, params map[string]string) string {
	var b strings.Builder
	b.WriteString(uri)
	names := make([]string, 0, len(params))
	for name := range params {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		b.WriteString(name)
		b.WriteString(params[name])
	}
	mac := hmac.New(sha1.New, []byte(token))
	mac.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func sign(token, uri string) string { return computeSignature(token, uri, nil) }

func equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }

// withAndWithoutPort: twilio-python's remove_port and add_port (443 for https, else 80).
func withAndWithoutPort(uri string) (string, string) {
	u, err := url.Parse(uri)
	if err != nil {
		return uri, uri
	}
	if u.Port() != "" {
		bare := *u
		bare.Host = u.Hostname()
		return bare.String(), uri
	}
	port := "80"
	if u.Scheme == "https" {
		port = "443"
	}
	with := *u
	with.Host = u.Host + ":" + port
	return uri, with.String()
}

func validate(token, uri string, params map[string]string, signature string) bool {
	without, with := withAndWithoutPort(uri)
	return equal(computeSignature(token, without, params), signature) ||
		equal(computeSignature(token, with, params), signature)
}

func isValid(token, uri, signature string) bool {
	if validate(token, uri, nil, signature) {
		return true
	}
	u, err := url.Parse(uri)
	if err != nil || u.RawQuery == "" {
		return false
	}
	params := map[string]string{}
	for _, pair := range strings.Split(u.RawQuery, "&") { // parse_qsl: blank values dropped, last wins
		if pair == "" {
			continue
		}
		name, value, _ := strings.Cut(pair, "=")
		name, err1 := url.QueryUnescape(name)
		value, err2 := url.QueryUnescape(value)
		if err1 != nil || err2 != nil || value == "" {
			continue
		}
		params[name] = value
	}
	bare := *u
	bare.RawQuery, bare.Fragment = "", ""
	return validate(token, bare.String(), params, signature)
}
