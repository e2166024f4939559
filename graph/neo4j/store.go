package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/actorgraph/actorgraph/graph"
)

// Store is the graph kept in a Neo4j 5 database. It is safe for concurrent
// use; several processes may load into the same database at once.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
}

// connectTimeout bounds Open when ctx has no deadline of its own.
const connectTimeout = 20 * time.Second

// Open connects to the server, checks the credentials and the database, and
// creates the schema (constraints and the full-text index) when missing.
// Every failure wraps graph.ErrUnavailable and reads as one line naming the
// server, never the password.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	cfg = cfg.withDefaults()
	if cfg.URI == "" {
		return nil, newError("neo4j: no server configured — set neo4j.uri / ACTORGRAPH_NEO4J_URI", graph.ErrUnavailable)
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.User, cfg.Password, ""), func(c *config.Config) {
		c.SocketConnectTimeout = 5 * time.Second
		c.ConnectionAcquisitionTimeout = 30 * time.Second
		// Deadlocks between concurrent loads clear in well under a second;
		// a server that went away should not keep a command waiting long.
		c.MaxTransactionRetryTime = 15 * time.Second
		c.UserAgent = "actorgraph"
	})
	if err != nil {
		return nil, newError(fmt.Sprintf("neo4j at %s: %s", redactURI(cfg.URI), firstLine(driverMessage(err))), graph.ErrUnavailable)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, connectTimeout)
		defer cancel()
	}
	s := &Store{driver: driver, cfg: cfg}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, connectError(cfg, err)
	}
	if err := s.ensureSchema(ctx); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, asUnavailable(err)
	}
	return s, nil
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	if err := s.driver.Close(ctx); err != nil {
		return s.wrapError("close neo4j", err)
	}
	return nil
}

// Config returns the store's settings with defaults applied.
func (s *Store) Config() Config { return s.cfg }

func constraintName(k graph.Kind) string { return strings.ToLower(string(k)) + "_id" }

// schemaStatements returns the schema by name: one uniqueness constraint on
// id per kind label and for Entity, the full-text index behind Find, and a
// uniqueness constraint on the key of metadata nodes (so that concurrent
// SetMeta calls cannot make two nodes for one key).
func schemaStatements() map[string]string {
	m := map[string]string{
		"entity_id": "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:" + entityLabel + ") REQUIRE n.id IS UNIQUE",
		"meta_key":  "CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (n:" + metaLabel + ") REQUIRE n.key IS UNIQUE",
		searchIndex: "CREATE FULLTEXT INDEX " + searchIndex + " IF NOT EXISTS FOR (n:" + entityLabel + ") ON EACH [n." + propSearch + "] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}",
	}
	for _, k := range graph.Kinds() {
		m[constraintName(k)] = "CREATE CONSTRAINT " + constraintName(k) + " IF NOT EXISTS FOR (n:" + string(k) + ") REQUIRE n.id IS UNIQUE"
	}
	return m
}

// ensureSchema creates what is missing and waits until every index is online.
// Listing first lets a user without schema privileges use a prepared database.
func (s *Store) ensureSchema(ctx context.Context) error {
	existing := map[string]string{}
	err := s.read(ctx, 0, func(ctx context.Context, tx neo4j.ManagedTransaction) error {
		res, err := tx.Run(ctx, "SHOW INDEXES YIELD name, state RETURN name, state", nil)
		if err != nil {
			return err
		}
		for res.Next(ctx) {
			name, _ := res.Record().Values[0].(string)
			state, _ := res.Record().Values[1].(string)
			existing[name] = state
		}
		return res.Err()
	})
	if err != nil {
		return s.wrapError("neo4j schema", err)
	}
	stmts := schemaStatements()
	names := make([]string, 0, len(stmts))
	for name := range stmts {
		names = append(names, name)
	}
	// A fixed order: map iteration order must not reach the server.
	sort.Strings(names)
	waiting := false
	for _, name := range names {
		state, ok := existing[name]
		if ok {
			waiting = waiting || state != "ONLINE"
			continue
		}
		waiting = true
		if err := s.runAuto(ctx, stmts[name], nil); err != nil {
			return s.wrapError(fmt.Sprintf("create %s in neo4j (it needs schema privileges; an administrator can create it once)", name), err)
		}
	}
	if waiting {
		if err := s.runAuto(ctx, "CALL db.awaitIndexes(300)", nil); err != nil {
			return s.wrapError("wait for neo4j indexes", err)
		}
	}
	return nil
}

// session opens a session on the configured database.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: s.cfg.Database})
}

// read runs work in a read transaction (retried on transient errors) with
// the given timeout (the configured query timeout when 0).
func (s *Store) read(ctx context.Context, timeout time.Duration, work func(context.Context, neo4j.ManagedTransaction) error) error {
	if timeout <= 0 {
		timeout = s.cfg.QueryTimeout
	}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(ctx, tx)
	}, neo4j.WithTxTimeout(timeout))
	return err
}

// write runs work in one write transaction, retried on deadlocks and
// transient errors; work must be safe to run again.
func (s *Store) write(ctx context.Context, work func(context.Context, neo4j.ManagedTransaction) error, configurers ...func(*neo4j.TransactionConfig)) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return nil, work(ctx, tx)
	}, configurers...)
	return err
}

// runAuto runs one statement in an auto-commit transaction: schema commands
// and CALL ... IN TRANSACTIONS need one.
func (s *Store) runAuto(ctx context.Context, query string, params map[string]any) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, query, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// collect runs a query in tx and returns its records' values.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) ([][]any, error) {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return nil, err
	}
	var rows [][]any
	for res.Next(ctx) {
		rows = append(rows, res.Record().Values)
	}
	return rows, res.Err()
}
