package config

import (
	"github.com/goccy/go-yaml/ast"
)

// maxNodes bounds a document's size with its aliases expanded: a few
// lines of anchors and aliases can stand for billions of nodes ("billion
// laughs"), which would stall the run that loads them.
const maxNodes = 100_000

// expandedSize counts the nodes of f with every alias expanded, stopping
// soon after limit.
func expandedSize(f *ast.File, limit int) int {
	c := &nodeCounter{anchors: map[string]int{}, limit: limit}
	for _, doc := range f.Docs {
		if c.total > limit {
			break
		}
		ast.Walk(c, doc)
	}
	return c.total
}

type nodeCounter struct {
	anchors map[string]int // expanded size of each anchored value
	total   int
	limit   int
}

func (c *nodeCounter) Visit(n ast.Node) ast.Visitor {
	if n == nil || c.total > c.limit {
		return nil
	}
	c.total++
	switch n := n.(type) {
	case *ast.AnchorNode:
		if n.Value == nil {
			return nil
		}
		sub := &nodeCounter{anchors: c.anchors, limit: c.limit - c.total}
		ast.Walk(sub, n.Value)
		if name := n.Name.GetToken(); name != nil {
			c.anchors[name.Value] = sub.total
		}
		c.total += sub.total
		return nil
	case *ast.AliasNode:
		if n.Value != nil && n.Value.GetToken() != nil {
			c.total += c.anchors[n.Value.GetToken().Value]
		}
		return nil
	}
	return c
}
