package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
)

// CanonicalURL is the form of a report's address used for its identity:
// scheme and host in lower case, http read as https, no "www.", no fragment,
// no tracking parameters (utm_*, fbclid, gclid, ref, category_news), no
// trailing slash. Text that is not an absolute URL is only lower-cased; ""
// stays "".
func CanonicalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return strings.ToLower(raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "http" {
		u.Scheme = "https"
	}
	u.Host = strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	u.Fragment = ""
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ref" || lk == "category_news" {
			q.Del(k)
		}
	}
	u.RawQuery = q.Encode()
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String()
}

// ReportIDForURL is the id of the report published at rawURL: "report:" and
// the first 8 bytes, in hex, of the SHA-256 of "url", a zero byte and
// CanonicalURL(rawURL). An article read from a file and a sheet row citing
// its address name the same report.
func ReportIDForURL(rawURL string) string {
	sum := sha256.Sum256([]byte("url\x00" + CanonicalURL(rawURL)))
	return "report:" + hex.EncodeToString(sum[:8])
}
