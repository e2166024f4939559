package render

import (
	"fmt"
	"strings"
)

// dotOut is what parseDOTOutput reads from Graphviz's DOT/xdot output: the
// graph's attributes and the attributes of every node and edge.
type dotOut struct {
	attrs map[string]string
	nodes []dotNode
	edges []dotEdge
}

type dotNode struct {
	name  string
	attrs map[string]string
}

type dotEdge struct {
	tail, head string
	attrs      map[string]string
}

// parseDOTOutput reads the DOT that Graphviz writes (agwrite): quoted
// strings with \" and doubled backslashes, backslash-newline continuations,
// HTML strings, subgraphs. It is not a general DOT parser: ports and
// subgraphs as edge endpoints are not supported, since Graphviz does not
// write them for the graphs this package makes.
func parseDOTOutput(data []byte) (*dotOut, error) {
	toks, err := dotTokens(string(data))
	if err != nil {
		return nil, err
	}
	p := &dotParser{toks: toks, out: &dotOut{attrs: map[string]string{}}, nodeIdx: map[string]int{}}
	if err := p.graph(); err != nil {
		return nil, err
	}
	return p.out, nil
}

type dotTok struct {
	kind byte // 'i' id, 'q' quoted, 'h' html, or the punctuation itself ('{', '}', '[', ']', ';', ',', '=', '>' for an edge op)
	val  string
}

func dotTokens(s string) ([]dotTok, error) {
	var out []dotTok
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '/' && i+1 < len(s) && s[i+1] == '/', c == '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				return nil, fmt.Errorf("dot: unterminated comment")
			}
			i += end + 4
		case strings.IndexByte("{}[];,=", c) >= 0:
			out = append(out, dotTok{kind: c})
			i++
		case c == '-' && i+1 < len(s) && (s[i+1] == '>' || s[i+1] == '-'):
			out = append(out, dotTok{kind: '>'})
			i += 2
		case c == '"':
			var b strings.Builder
			j := i + 1
			for ; j < len(s) && s[j] != '"'; j++ {
				if s[j] == '\\' && j+1 < len(s) {
					switch s[j+1] {
					case '"', '\\':
						b.WriteByte(s[j+1])
						j++
						continue
					case '\n':
						j++
						continue
					case '\r':
						j++
						if j+1 < len(s) && s[j+1] == '\n' {
							j++
						}
						continue
					}
				}
				b.WriteByte(s[j])
			}
			if j >= len(s) {
				return nil, fmt.Errorf("dot: unterminated string")
			}
			out = append(out, dotTok{kind: 'q', val: b.String()})
			i = j + 1
		case c == '<':
			depth, j := 0, i
			for ; j < len(s); j++ {
				if s[j] == '<' {
					depth++
				} else if s[j] == '>' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if j >= len(s) {
				return nil, fmt.Errorf("dot: unterminated HTML string")
			}
			out = append(out, dotTok{kind: 'h', val: s[i+1 : j]})
			i = j + 1
		default:
			j := i
			for j < len(s) && (isIDByte(s[j]) || (j == i && c == '-')) {
				j++
			}
			if j == i {
				return nil, fmt.Errorf("dot: unexpected %q", c)
			}
			out = append(out, dotTok{kind: 'i', val: s[i:j]})
			i = j
		}
	}
	return out, nil
}

func isIDByte(c byte) bool {
	return c == '_' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80
}

type dotParser struct {
	toks    []dotTok
	i       int
	depth   int
	out     *dotOut
	nodeIdx map[string]int
}

func (p *dotParser) peek() (dotTok, bool) {
	if p.i >= len(p.toks) {
		return dotTok{}, false
	}
	return p.toks[p.i], true
}

func (p *dotParser) next() (dotTok, error) {
	t, ok := p.peek()
	if !ok {
		return t, fmt.Errorf("dot: unexpected end")
	}
	p.i++
	return t, nil
}

func (p *dotParser) expect(kind byte) error {
	t, err := p.next()
	if err != nil {
		return err
	}
	if t.kind != kind {
		return fmt.Errorf("dot: got %q %q, want %q", t.kind, t.val, kind)
	}
	return nil
}

func isID(t dotTok) bool { return t.kind == 'i' || t.kind == 'q' || t.kind == 'h' }

func (p *dotParser) graph() error {
	for {
		t, err := p.next()
		if err != nil {
			return err
		}
		if t.kind == '{' {
			break
		}
	}
	return p.stmts()
}

func (p *dotParser) stmts() error {
	for {
		t, err := p.next()
		if err != nil {
			return err
		}
		switch {
		case t.kind == '}':
			return nil
		case t.kind == ';' || t.kind == ',':
		case t.kind == '{':
			p.depth++
			if err := p.stmts(); err != nil {
				return err
			}
			p.depth--
		case t.kind == 'i' && strings.EqualFold(t.val, "subgraph"):
			if n, ok := p.peek(); ok && isID(n) {
				p.i++
			}
			if err := p.expect('{'); err != nil {
				return err
			}
			p.depth++
			if err := p.stmts(); err != nil {
				return err
			}
			p.depth--
		case t.kind == 'i' && (strings.EqualFold(t.val, "graph") || strings.EqualFold(t.val, "node") || strings.EqualFold(t.val, "edge")):
			attrs, err := p.attrLists()
			if err != nil {
				return err
			}
			if strings.EqualFold(t.val, "graph") && p.depth == 0 {
				for k, v := range attrs {
					p.out.attrs[k] = v
				}
			}
		case isID(t):
			if n, ok := p.peek(); ok && n.kind == '=' {
				p.i++
				v, err := p.next()
				if err != nil {
					return err
				}
				if p.depth == 0 {
					p.out.attrs[t.val] = v.val
				}
				continue
			}
			ends := []string{t.val}
			for {
				n, ok := p.peek()
				if !ok || n.kind != '>' {
					break
				}
				p.i++
				h, err := p.next()
				if err != nil {
					return err
				}
				if !isID(h) {
					return fmt.Errorf("dot: edge to %q %q is not supported", h.kind, h.val)
				}
				ends = append(ends, h.val)
			}
			attrs, err := p.attrLists()
			if err != nil {
				return err
			}
			if len(ends) == 1 {
				p.node(ends[0], attrs)
				continue
			}
			for k := 1; k < len(ends); k++ {
				p.node(ends[k-1], nil)
				p.node(ends[k], nil)
				p.out.edges = append(p.out.edges, dotEdge{tail: ends[k-1], head: ends[k], attrs: attrs})
			}
		default:
			return fmt.Errorf("dot: unexpected %q %q", t.kind, t.val)
		}
	}
}

func (p *dotParser) node(name string, attrs map[string]string) {
	i, ok := p.nodeIdx[name]
	if !ok {
		i = len(p.out.nodes)
		p.nodeIdx[name] = i
		p.out.nodes = append(p.out.nodes, dotNode{name: name, attrs: map[string]string{}})
	}
	for k, v := range attrs {
		p.out.nodes[i].attrs[k] = v
	}
}

func (p *dotParser) attrLists() (map[string]string, error) {
	attrs := map[string]string{}
	for {
		t, ok := p.peek()
		if !ok || t.kind != '[' {
			return attrs, nil
		}
		p.i++
		for {
			k, err := p.next()
			if err != nil {
				return nil, err
			}
			if k.kind == ']' {
				break
			}
			if k.kind == ',' || k.kind == ';' {
				continue
			}
			if !isID(k) {
				return nil, fmt.Errorf("dot: attribute name %q %q", k.kind, k.val)
			}
			if err := p.expect('='); err != nil {
				return nil, err
			}
			v, err := p.next()
			if err != nil {
				return nil, err
			}
			if !isID(v) {
				return nil, fmt.Errorf("dot: attribute %s value %q %q", k.val, v.kind, v.val)
			}
			attrs[k.val] = v.val
		}
	}
}
