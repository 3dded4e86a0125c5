package fetch

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"
)

// Overrides map a host and port ("www.esimerkki.example:443", the host in
// lower case) to the addresses to connect to instead of what DNS says:
// --browser-resolve, as curl's --resolve. The address policy still applies
// to them.
type Overrides map[string][]netip.Addr

// ParseOverrides reads --browser-resolve values, each HOST:PORT:ADDR[,ADDR]
// as curl's --resolve takes them; an IPv6 address may stand in brackets
// ("[::1]").
func ParseOverrides(values []string) (Overrides, error) {
	out := Overrides{}
	for _, v := range values {
		host, rest, ok1 := strings.Cut(v, ":")
		port, addrs, ok2 := strings.Cut(rest, ":")
		if !ok1 || !ok2 || host == "" || addrs == "" {
			return nil, fmt.Errorf("%q: want HOST:PORT:ADDRESS, e.g. www.esimerkki.example:443:127.0.0.1", v)
		}
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return nil, fmt.Errorf("%q: the port %q is not a number from 1 to 65535", v, port)
		}
		if strings.ContainsAny(host, "/[]@ ") {
			return nil, fmt.Errorf("%q: %q is not a host name", v, host)
		}
		key := net.JoinHostPort(strings.ToLower(strings.TrimSuffix(host, ".")), port)
		for a := range strings.SplitSeq(addrs, ",") {
			a = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(a), "["), "]")
			ip, err := netip.ParseAddr(a)
			if err != nil || ip.Zone() != "" {
				return nil, fmt.Errorf("%q: %q is not an IP address", v, a)
			}
			out[key] = append(out[key], ip.Unmap())
		}
	}
	return out, nil
}

// lookup gives the addresses addr ("host:port") is overridden with, if any.
func (ov Overrides) lookup(addr string) []netip.Addr {
	if len(ov) == 0 {
		return nil
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil
	}
	return ov[net.JoinHostPort(strings.ToLower(strings.TrimSuffix(host, ".")), port)]
}

// Dialer is the client's way of connecting, for others who must connect
// as it does (the browser's proxy): the address policy checked after DNS,
// Resolve and Overrides applied.
func (o Options) Dialer() func(ctx context.Context, network, addr string) (net.Conn, error) {
	o = o.withDefaults()
	return o.dialer()
}
