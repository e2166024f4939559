// Package neo4j stores the graph in Neo4j 5 (Community or Enterprise, a
// single server, a cluster or Aura) and answers the named queries and ad-hoc
// Cypher over it, with the same meaning as the embedded store (the
// conformance suite in graph/graphtest holds both to it). It is the only
// package that imports the Neo4j driver: no driver type leaves it.
//
// # Storage model
//
// Every entity is a node with the label of its kind (a graph.Kind constant)
// and the label Entity, and the properties
//
//	id           string; unique per kind label and for Entity (constraints)
//	name         string
//	aliases      list of strings, absent when none
//	alias_claims string: the JSON of []graph.AliasClaim, absent when none
//	prop_<key>   string: one per entry of Node.Props (prop_country, prop_external_id...)
//	search       string: match keys of the name and aliases for Find (see search.go)
//
// Every relationship has the type of its graph.RelType and the properties
//
//	evidence      list of strings: the JSON of each graph.Evidence, in graph.SortEvidence order
//	evidence_keys list of strings: graph.Evidence.Key of each, in the same order
//	reports       list of strings: the distinct report ids, sorted
//
// The report of every batch is a (:Report {id}) node with ref = true and
// the properties title, url, date, publisher and path (absent when empty).
// It carries the Entity label only when a batch also holds a Report entity
// with that id; the two then share the node without sharing a property.
//
// Metadata the loader records (meta.go) lives in (:ActorgraphMeta {key,
// value}) nodes, unique by key, outside the graph.
//
// Labels and relationship types come from the graph constants (and the
// package's own Entity and ActorgraphMeta) only; every value reaches the
// server as a $parameter.
//
// # Writes
//
// Apply writes a batch in one transaction with UNWIND statements of
// Config.BatchSize rows, one constant statement text per kind and per
// relationship type. Existing entities and relationships are locked, read,
// merged in Go with graph.MergeNodes and graph.MergeEdges, and written back,
// so that loads commute and concurrent loads neither duplicate nor lose
// anything; deadlocks between concurrent loads are retried by the driver.
package neo4j
