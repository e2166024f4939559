package neo4j

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Config says where the server is and how to use it.
type Config struct {
	// URI is bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or
	// neo4j+ssc://; the neo4j schemes route, for clusters and Aura.
	URI      string
	User     string
	Password string
	// Database is the database to use; empty means the user's home database.
	Database string
	// QueryTimeout bounds every read and every ad-hoc query (default 30s).
	QueryTimeout time.Duration
	// BatchSize is the number of rows sent in one UNWIND (default 1000).
	BatchSize int
}

// Default values of Config fields left zero.
const (
	DefaultQueryTimeout = 30 * time.Second
	DefaultBatchSize    = 1000
)

func (c Config) withDefaults() Config {
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.BatchSize <= 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.User == "" {
		c.User = "neo4j"
	}
	return c
}

// String describes the configuration with the password redacted, also when
// the URI itself carries one.
func (c Config) String() string {
	pw := ""
	if c.Password != "" {
		pw = "<redacted>"
	}
	db := c.Database
	if db == "" {
		db = "(home)"
	}
	return fmt.Sprintf("neo4j uri=%s user=%s password=%s database=%s query_timeout=%s batch_size=%d",
		redactURI(c.URI), c.User, pw, db, c.QueryTimeout, c.BatchSize)
}

// redactURI hides user info written into the URI (bolt://user:secret@host),
// which may hold a password.
func redactURI(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		// Unparsable: cut anything between the scheme and an "@".
		if i, j := strings.Index(raw, "://"), strings.LastIndex(raw, "@"); i >= 0 && j > i {
			return raw[:i+3] + "redacted@" + raw[j+1:]
		}
		return raw
	}
	if u.User == nil {
		return raw
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "redacted")
	}
	return u.String()
}
