package dev.showroom.gateway.edge;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the client is, for the rate limit: the socket's peer, unless the peer is one of the trusted proxies
 * (a list of CIDRs, empty by default); then X-Forwarded-For is read from the right, skipping trusted hops,
 * and the first untrusted one is the client. Anything left of it was written by the client itself and is
 * never believed (a random left-most value must not buy a fresh budget). IPv6 clients are keyed by their
 * /64: one subscriber usually holds a whole /64.
 */
public final class ClientAddress {

    private final List<IpSubnetFilterRule> trusted;

    public ClientAddress(List<String> trustedProxies) {
        List<IpSubnetFilterRule> rules = new ArrayList<>();
        for (String cidr : trustedProxies) {
            String value = cidr.trim();
            if (value.isEmpty()) {
                continue;
            }
            if (!value.contains("/")) {
                value = value + (value.contains(":") ? "/128" : "/32");
            }
            try {
                rules.add(new IpSubnetFilterRule(value, IpFilterRuleType.ACCEPT));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("showroom.edge.trusted-proxies: not a CIDR: " + cidr, e);
            }
        }
        this.trusted = List.copyOf(rules);
    }

    /** The limiter's key for a request from {@code peer} carrying these X-Forwarded-For headers (in order). */
    public String of(String peer, List<String> forwardedFor) {
        InetAddress peerAddress = peer == null ? null : NetUtil.createInetAddressFromIpAddressString(peer);
        if (peerAddress == null) {
            return peer == null ? "unknown" : peer;
        }
        if (!isTrusted(peerAddress)) {
            return key(peerAddress);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        InetAddress client = peerAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(hops.get(i));
            if (hop == null) {
                // a trusted proxy passed on something that is no address: stop at the last one we know
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return key(client);
    }

    /** True when the peer (an IP address) is one of the trusted proxies. */
    public boolean trusts(String peer) {
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(peer);
        return address != null && isTrusted(address);
    }

    boolean isTrusted(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        for (IpSubnetFilterRule rule : trusted) {
            if (rule.matches(socket)) {
                return true;
            }
        }
        return false;
    }

    /** "203.0.113.7", "203.0.113.7:5100", "2001:db8::1", "[2001:db8::1]:443"; null for anything else. */
    static InetAddress parse(String hop) {
        String value = hop.trim();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? value : value.substring(1, end);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        return NetUtil.createInetAddressFromIpAddressString(value);
    }

    static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        }
        return address.getHostAddress();
    }
}
