package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/graph"
)

// Config is every setting of the program, read by loadConfig from flags, the
// environment (ACTORGRAPH_*), the config file (actorgraph.yaml) and defaults,
// in that order of precedence.
type Config struct {
	Store   string       `mapstructure:"store"`
	DataDir string       `mapstructure:"data_dir"`
	Neo4j   Neo4jConfig  `mapstructure:"neo4j"`
	Cypher  CypherConfig `mapstructure:"cypher"`
	Render  RenderConfig `mapstructure:"render"`
	Names   NamesConfig  `mapstructure:"names"`
	// MinConfidence drops extracted evidence scored below it (0 to 1).
	MinConfidence float64 `mapstructure:"min_confidence"`
	// File is the config file that was read, "" when none.
	File string `mapstructure:"-"`
}

// Neo4jConfig holds the connection to a Neo4j server.
type Neo4jConfig struct {
	URI          string        `mapstructure:"uri"`
	User         string        `mapstructure:"user"`
	Password     string        `mapstructure:"password"`
	Database     string        `mapstructure:"database"`
	QueryTimeout time.Duration `mapstructure:"query_timeout"`
	BatchSize    int           `mapstructure:"batch_size"`
}

// CypherConfig bounds ad-hoc Cypher.
type CypherConfig struct {
	Timeout time.Duration `mapstructure:"timeout"`
	Limit   int           `mapstructure:"limit"`
}

// RenderConfig holds the diagram defaults.
type RenderConfig struct {
	Theme     string `mapstructure:"theme"`
	Width     int    `mapstructure:"width"`
	Height    int    `mapstructure:"height"`
	MaxLeaves int    `mapstructure:"max_leaves"`
	Dates     bool   `mapstructure:"dates"`
}

// NamesConfig holds how entities are named and merged.
type NamesConfig struct {
	// Prefer is the naming convention for threat actors: "misp", "mitre" or a
	// vendor name whose aliases win (e.g. "mandiant", "microsoft").
	Prefer string `mapstructure:"prefer"`
	// Curation is an optional YAML file of merges, splits, renames and drops.
	Curation string `mapstructure:"curation"`
}

// defaults lists every key with its default: viper only reads environment
// variables for keys it knows.
func defaults() map[string]any {
	return map[string]any{
		"store":               "memory",
		"data_dir":            defaultDataDir(),
		"neo4j.uri":           "bolt://localhost:7687",
		"neo4j.user":          "neo4j",
		"neo4j.password":      "",
		"neo4j.database":      "neo4j",
		"neo4j.query_timeout": "30s",
		"neo4j.batch_size":    1000,
		"cypher.timeout":      "30s",
		"cypher.limit":        1000,
		"render.theme":        "light",
		"render.width":        1920,
		"render.height":       1080,
		"render.max_leaves":   0,
		"render.dates":        false,
		"names.prefer":        "misp",
		"names.curation":      "",
		"min_confidence":      0.0,
	}
}

func defaultDataDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "actorgraph")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "share", "actorgraph")
	}
	return ".actorgraph"
}

// flagKeys maps global flags to config keys.
var flagKeys = map[string]string{
	"store":          "store",
	"data-dir":       "data_dir",
	"neo4j-uri":      "neo4j.uri",
	"neo4j-user":     "neo4j.user",
	"neo4j-database": "neo4j.database",
	"theme":          "render.theme",
	"width":          "render.width",
	"height":         "render.height",
	"max-leaves":     "render.max_leaves",
	"dates":          "render.dates",
	"prefer-names":   "names.prefer",
	"curation":       "names.curation",
	"min-confidence": "min_confidence",
}

// addConfigFlags declares the global flags that override config keys.
func addConfigFlags(fs *pflag.FlagSet) {
	d := defaults()
	fs.String("config", "", "config file (default: ./actorgraph.yaml, then $XDG_CONFIG_HOME/actorgraph/actorgraph.yaml)")
	fs.String("store", d["store"].(string), "store: memory (embedded, the default) or neo4j")
	fs.String("data-dir", d["data_dir"].(string), "directory of the embedded store")
	fs.String("neo4j-uri", d["neo4j.uri"].(string), "Neo4j URI (bolt://, bolt+s://, neo4j://, neo4j+s://)")
	fs.String("neo4j-user", d["neo4j.user"].(string), "Neo4j user (the password comes from ACTORGRAPH_NEO4J_PASSWORD or the config file)")
	fs.String("neo4j-database", d["neo4j.database"].(string), "Neo4j database")
	fs.String("theme", d["render.theme"].(string), "diagram theme: light, dark or print")
	fs.Int("width", d["render.width"].(int), "PNG width in pixels")
	fs.Int("height", d["render.height"].(int), "PNG height in pixels")
	fs.Int("max-leaves", d["render.max_leaves"].(int), "collapse more than this many leaves of one node into \"+N more\" (0: never)")
	fs.Bool("dates", d["render.dates"].(bool), "label edges with the dates of their evidence (first to last)")
	fs.String("prefer-names", d["names.prefer"].(string), "threat actor naming convention: misp, mitre, or a vendor (mandiant, microsoft, crowdstrike, ...)")
	fs.String("curation", d["names.curation"].(string), "curation file of merges, splits, renames and drops (YAML)")
	fs.Float64("min-confidence", d["min_confidence"].(float64), "keep only evidence whose confidence is at least this (0 to 1; see extract --explain); 0 keeps everything")
}

// loadConfig reads the configuration. Precedence: flag > env > file > default.
func loadConfig(fs *pflag.FlagSet) (Config, error) {
	v := viper.New()
	for k, val := range defaults() {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix("ACTORGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	for flag, key := range flagKeys {
		if f := fs.Lookup(flag); f != nil {
			if err := v.BindPFlag(key, f); err != nil {
				return Config{}, fmt.Errorf("bind flag --%s: %w", flag, err)
			}
		}
	}
	file := ""
	if f := fs.Lookup("config"); f != nil {
		file = f.Value.String()
	}
	if file == "" {
		file = os.Getenv("ACTORGRAPH_CONFIG")
	}
	if file == "" {
		file = findConfigFile()
	}
	if file != "" {
		v.SetConfigFile(file)
		if ext := filepath.Ext(file); ext != ".yaml" && ext != ".yml" && ext != ".json" && ext != ".toml" {
			v.SetConfigType("yaml")
		}
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("%w: config file %s: %v", graph.ErrInvalid, file, err)
		}
	}
	var cfg Config
	if err := v.Unmarshal(&cfg); err != nil {
		return Config{}, fmt.Errorf("%w: config: %v", graph.ErrInvalid, err)
	}
	cfg.File = v.ConfigFileUsed()
	return cfg, cfg.Validate()
}

// findConfigFile looks for actorgraph.yaml (or .yml) in the working
// directory, then in the user's config directory. Only those exact names
// count: a file called plain "actorgraph" (the program itself) is never read.
func findConfigFile() string {
	dirs := []string{"."}
	if dir, err := os.UserConfigDir(); err == nil {
		dirs = append(dirs, filepath.Join(dir, "actorgraph"))
	}
	for _, d := range dirs {
		for _, name := range []string{"actorgraph.yaml", "actorgraph.yml"} {
			p := filepath.Join(d, name)
			if info, err := os.Stat(p); err == nil && !info.IsDir() {
				return p
			}
		}
	}
	return ""
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// Validate checks the settings and says which key is wrong.
func (c Config) Validate() error {
	bad := func(key, format string, args ...any) error {
		return fmt.Errorf("%w: config %s: %s", graph.ErrInvalid, key, fmt.Sprintf(format, args...))
	}
	switch c.Store {
	case "memory", "neo4j":
	default:
		return bad("store", "%q is not a store (want memory or neo4j)", c.Store)
	}
	if c.Store == "memory" && c.DataDir == "" {
		return bad("data_dir", "empty")
	}
	if c.Store == "neo4j" {
		ok := false
		for _, p := range []string{"bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://"} {
			if strings.HasPrefix(c.Neo4j.URI, p) {
				ok = true
			}
		}
		if !ok {
			return bad("neo4j.uri", "%q is not a Neo4j URI (bolt://, bolt+s://, neo4j://, neo4j+s://)", c.Neo4j.URI)
		}
	}
	if c.Neo4j.BatchSize <= 0 {
		return bad("neo4j.batch_size", "must be positive, got %d", c.Neo4j.BatchSize)
	}
	if c.Cypher.Timeout <= 0 {
		return bad("cypher.timeout", "must be positive, got %s", c.Cypher.Timeout)
	}
	if c.Cypher.Limit <= 0 {
		return bad("cypher.limit", "must be positive, got %d", c.Cypher.Limit)
	}
	switch c.Render.Theme {
	case "light", "dark", "print":
	default:
		return bad("render.theme", "%q is not a theme (want light, dark or print)", c.Render.Theme)
	}
	if c.Render.Width < 16 || c.Render.Height < 16 || c.Render.Width > 20000 || c.Render.Height > 20000 {
		return bad("render.width/height", "%dx%d is out of range (16 to 20000 pixels)", c.Render.Width, c.Render.Height)
	}
	if c.MinConfidence < 0 || c.MinConfidence > 1 {
		return bad("min_confidence", "%g is out of range (0 to 1)", c.MinConfidence)
	}
	if c.Render.MaxLeaves < 0 {
		return bad("render.max_leaves", "must not be negative")
	}
	return nil
}

// Redacted returns the configuration as YAML-like lines with the password hidden.
func (c Config) Redacted() string {
	pw := ""
	if c.Neo4j.Password != "" {
		pw = "********"
	}
	lines := []string{
		"config_file: " + orDefault(c.File, "(none)"),
		"store: " + c.Store,
		"data_dir: " + c.DataDir,
		"neo4j:",
		"  uri: " + c.Neo4j.URI,
		"  user: " + c.Neo4j.User,
		"  password: " + pw,
		"  database: " + c.Neo4j.Database,
		"  query_timeout: " + c.Neo4j.QueryTimeout.String(),
		fmt.Sprintf("  batch_size: %d", c.Neo4j.BatchSize),
		"cypher:",
		"  timeout: " + c.Cypher.Timeout.String(),
		fmt.Sprintf("  limit: %d", c.Cypher.Limit),
		"render:",
		"  theme: " + c.Render.Theme,
		fmt.Sprintf("  width: %d", c.Render.Width),
		fmt.Sprintf("  height: %d", c.Render.Height),
		fmt.Sprintf("  max_leaves: %d", c.Render.MaxLeaves),
		fmt.Sprintf("  dates: %t", c.Render.Dates),
		"names:",
		"  prefer: " + c.Names.Prefer,
		"  curation: " + c.Names.Curation,
		fmt.Sprintf("min_confidence: %g", c.MinConfidence),
	}
	return strings.Join(lines, "\n") + "\n"
}
