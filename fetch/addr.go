package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
)

// nonPublic are the address blocks that are not reachable on the public
// internet (the IANA special-purpose registries), beyond what netip's
// predicates name: a public fetcher must not reach into them.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),       // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),   // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),    // IETF protocol assignments
	netip.MustParsePrefix("192.0.2.0/24"),    // documentation
	netip.MustParsePrefix("198.18.0.0/15"),   // benchmarking
	netip.MustParsePrefix("198.51.100.0/24"), // documentation
	netip.MustParsePrefix("203.0.113.0/24"),  // documentation
	netip.MustParsePrefix("240.0.0.0/4"),     // reserved, and broadcast
	netip.MustParsePrefix("64:ff9b:1::/48"),  // local-use IPv4/IPv6 translation
	netip.MustParsePrefix("100::/64"),        // discard-only
	netip.MustParsePrefix("2001::/23"),       // IETF protocol assignments
	netip.MustParsePrefix("2001:db8::/32"),   // documentation
	netip.MustParsePrefix("2002::/16"),       // 6to4, may embed any IPv4 address
	netip.MustParsePrefix("fec0::/10"),       // site-local (deprecated)
}

// metadata are the addresses of cloud providers' instance metadata
// services, which hand out the machine's credentials: refused even with
// --allow-private, and allowed only when named one by one.
var metadata = map[netip.Addr]bool{
	netip.MustParseAddr("169.254.169.254"): true, // AWS, Azure, Google Cloud, Oracle, OpenStack ...
	netip.MustParseAddr("169.254.170.2"):   true, // AWS ECS task metadata
	netip.MustParseAddr("169.254.170.23"):  true, // AWS EKS Pod Identity
	netip.MustParseAddr("169.254.42.42"):   true, // Scaleway
	netip.MustParseAddr("100.100.100.200"): true, // Alibaba Cloud
	netip.MustParseAddr("192.0.0.192"):     true, // Oracle Cloud Classic
	netip.MustParseAddr("fd00:ec2::254"):   true, // AWS, IPv6
	netip.MustParseAddr("fd00:ec2::23"):    true, // AWS EKS Pod Identity, IPv6
	netip.MustParseAddr("fd20:ce::254"):    true, // Google Cloud, IPv6
	netip.MustParseAddr("fd00:42::42"):     true, // Scaleway, IPv6
}

// IPv6 prefixes that carry an IPv4 address in their last 32 bits.
var (
	nat64    = netip.MustParsePrefix("64:ff9b::/96")    // NAT64 well-known prefix (RFC 6052)
	compat   = netip.MustParsePrefix("::/96")           // IPv4-compatible (RFC 4291, deprecated)
	siit     = netip.MustParsePrefix("::ffff:0:0:0/96") // IPv4-translated, SIIT (RFC 2765)
	embedded = []struct {
		prefix netip.Prefix
		name   string
	}{{nat64, "NAT64"}, {compat, "IPv4-compatible"}, {siit, "SIIT"}}
)

// Embedded gives the IPv4 address an address stands for: an IPv4-mapped
// IPv6 address's, or the one carried by NAT64 (64:ff9b::/96),
// IPv4-compatible (::a.b.c.d) or SIIT (::ffff:0:a.b.c.d) addresses, and
// how it is carried ("" for none). Any other address is returned as it is.
func Embedded(a netip.Addr) (netip.Addr, string) {
	a = a.Unmap()
	if !a.Is6() || a.IsUnspecified() || a.IsLoopback() {
		return a, ""
	}
	for _, e := range embedded {
		if e.prefix.Contains(a) {
			b := a.As16()
			return netip.AddrFrom4([4]byte(b[12:])), e.name
		}
	}
	return a, ""
}

// class is what kind of address an address is, for the address policy.
type class int

const (
	public    class = iota
	loopback        // 127.0.0.0/8, ::1
	private         // RFC 1918, IPv6 unique local (fc00::/7)
	linkLocal       // 169.254.0.0/16, fe80::/10
	cloudMeta       // a cloud metadata service
	special         // any other non-public address: CGNAT, documentation, reserved, multicast ...
)

// classify tells an address's class, judging the IPv4 address an IPv6
// address carries as that address.
func classify(a netip.Addr) class {
	a, _ = Embedded(a)
	switch {
	case !a.IsValid():
		return special
	case metadata[a]:
		return cloudMeta
	case a.IsLoopback():
		return loopback
	case a.IsLinkLocalUnicast():
		return linkLocal
	case a.IsPrivate():
		return private
	case !a.IsGlobalUnicast() || a.IsUnspecified() || a.IsMulticast():
		return special
	}
	for _, p := range nonPublic {
		if p.Contains(a) {
			return special
		}
	}
	return public
}

// Public reports whether a is a public unicast address: not loopback,
// private, link-local, unspecified, multicast, CGNAT, documentation,
// benchmarking or reserved, nor an IPv6 address carrying such an IPv4
// address (IPv4-mapped, NAT64, IPv4-compatible, SIIT).
func Public(a netip.Addr) bool { return classify(a) == public }

// Allowance names the non-public addresses a client may connect to
// (--allow-private, --allow-net).
type Allowance struct {
	// Loopback allows 127.0.0.0/8 and ::1.
	Loopback bool
	// Private allows RFC 1918 and IPv6 unique local addresses.
	Private bool
	// Special allows the other non-public addresses: carrier-grade NAT,
	// documentation, benchmarking, reserved ... but neither link-local
	// nor cloud metadata addresses.
	Special bool
	// Nets allows every address in them; a cloud metadata address only
	// when a net is that one address (a /32 or /128).
	Nets []netip.Prefix
}

// AllowPrivate is what --allow-private allows: every non-public address
// but link-local and cloud metadata addresses.
var AllowPrivate = Allowance{Loopback: true, Private: true, Special: true}

// ParseAllowance reads --allow-net values, each a comma-separated list of
// "loopback", "private", IP addresses and CIDR ranges.
func ParseAllowance(values []string) (Allowance, error) {
	var al Allowance
	for _, v := range values {
		for item := range strings.SplitSeq(v, ",") {
			item = strings.TrimSpace(item)
			switch item {
			case "loopback":
				al.Loopback = true
				continue
			case "private":
				al.Private = true
				continue
			}
			p, err := netip.ParsePrefix(item)
			if err != nil {
				a, aerr := netip.ParseAddr(item)
				if aerr != nil || a.Zone() != "" {
					return Allowance{}, fmt.Errorf("%q: want loopback, private, an IP address or a CIDR range such as 10.0.0.0/8", item)
				}
				p = netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen())
			}
			if p.Masked() != p {
				return Allowance{}, fmt.Errorf("%q: the range has bits set after its /%d; did you mean %s?", item, p.Bits(), p.Masked())
			}
			if p.Addr().Is4In6() && p.Bits() >= 96 { // ::ffff:10.0.0.0/104 is 10.0.0.0/8
				p = netip.PrefixFrom(p.Addr().Unmap(), p.Bits()-96)
			}
			al.Nets = append(al.Nets, p)
		}
	}
	return al, nil
}

// Union allows what either allows.
func (al Allowance) Union(other Allowance) Allowance {
	return Allowance{
		Loopback: al.Loopback || other.Loopback,
		Private:  al.Private || other.Private,
		Special:  al.Special || other.Special,
		Nets:     append(append([]netip.Prefix{}, al.Nets...), other.Nets...),
	}
}

// allows reports whether the allowance lets a client connect to a.
func (al Allowance) allows(a netip.Addr) bool {
	a = a.Unmap()
	v4, _ := Embedded(a)
	for _, n := range al.Nets {
		if n.Contains(a) || n.Contains(v4) {
			if classify(a) != cloudMeta || n.IsSingleIP() {
				return true
			}
		}
	}
	switch classify(a) {
	case loopback:
		return al.Loopback
	case private:
		return al.Private
	case special:
		return al.Special
	}
	return false
}

// Address classes a RefusedAddressError names.
const (
	ClassLoopback  = "loopback"
	ClassPrivate   = "private"
	ClassLinkLocal = "link-local"
	ClassMetadata  = "cloud-metadata" // a cloud metadata service's address
	ClassOther     = "non-public"
)

// RefusedAddressError is an address the policy refused: Addr, of Class.
// A loopback, private or other non-public address is allowed by the
// allowance of its class; a link-local or cloud metadata address only when
// named in Allowance.Nets.
type RefusedAddressError struct {
	Addr  netip.Addr
	Class string
}

func (e *RefusedAddressError) Error() string {
	addr := e.Addr.String()
	if v4, how := Embedded(e.Addr); how != "" {
		addr += fmt.Sprintf(" (%s for %s)", how, v4)
	}
	switch e.Class {
	case ClassLinkLocal:
		return fmt.Sprintf("refused to connect to %s: a link-local address", addr)
	case ClassMetadata:
		return fmt.Sprintf("refused to connect to %s: a cloud metadata address, which hands out the machine's credentials", addr)
	case ClassLoopback:
		return fmt.Sprintf("refused to connect to %s: a loopback address, not a public one", addr)
	case ClassPrivate:
		return fmt.Sprintf("refused to connect to %s: a private address, not a public one", addr)
	}
	return fmt.Sprintf("refused to connect to %s: not a public address", addr)
}

// classOf names the class of an address refused.
var classOf = map[class]string{loopback: ClassLoopback, private: ClassPrivate, linkLocal: ClassLinkLocal, cloudMeta: ClassMetadata}

// allowed applies the address policy.
func (o *Options) allowed(a netip.Addr) error {
	a = a.Unmap()
	c := classify(a)
	if c == public || o.Allow.allows(a) {
		return nil
	}
	name, ok := classOf[c]
	if !ok {
		name = ClassOther
	}
	return &RefusedAddressError{a, name}
}

// dialer returns the DialContext of the client's transport: it checks the
// address it connects to, after DNS resolution, so neither a redirect nor
// a DNS answer that changes between lookups (rebinding) gets past the
// policy.
func (o *Options) dialer() func(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{
		Control: func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("unexpected address %q", address)
			}
			return o.allowed(ap.Addr())
		},
	}
	if o.Resolve == nil && len(o.Overrides) == 0 {
		return d.DialContext
	}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		ips := o.Overrides.lookup(addr)
		if ips == nil {
			if _, err := netip.ParseAddr(host); err == nil || o.Resolve == nil {
				return d.DialContext(ctx, network, addr)
			}
			if ips, err = o.Resolve(host); err != nil {
				return nil, &net.DNSError{Err: err.Error(), Name: host, IsNotFound: true}
			}
		}
		var errs []error
		for _, ip := range ips {
			c, err := d.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
			if err == nil {
				return c, nil
			}
			errs = append(errs, err)
		}
		if len(errs) == 0 {
			return nil, &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
		}
		return nil, errors.Join(errs...)
	}
}
