"""Who a client is, for counting: every per-address limit (the API's throttles, sign-ups, visitor reports, live
sockets) counts the same thing."""

from __future__ import annotations

import ipaddress


def client_key(address: str | None) -> str:
    """The address, or for IPv6 its /64: one subscriber line's usual allocation, which a client could otherwise
    rotate through, 2^64 addresses each with a budget of its own. Anything unparsable is returned as it is, and
    no address at all (a request without REMOTE_ADDR) as "unknown": such clients share one budget."""
    if not address:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return address
