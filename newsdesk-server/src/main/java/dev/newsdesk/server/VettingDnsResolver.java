package dev.newsdesk.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only name resolution the {@link SafeFetcher}'s connections use: it resolves a host once and
 * either refuses it (any address not public) or returns exactly the addresses it vetted, which the
 * connection is then made to.
 *
 * <p>Design decision: vetting inside the resolver, rather than checking a name before handing the
 * URL to a client, is what closes DNS rebinding: there is no second lookup whose answer could
 * differ from the one checked. A name with one public and one private address is refused as a
 * whole, since the client may try any of them. Thread-safe when the {@link NameResolver} is.
 */
final class VettingDnsResolver implements DnsResolver {
  private final NameResolver names;
  private final Predicate<InetAddress> publicAddress;
  private final Set<String> allowedPrivate;

  /** Turns a host name (or an address literal) into addresses; the system resolver by default. */
  @FunctionalInterface
  interface NameResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    static NameResolver system() {
      return InetAddress::getAllByName;
    }
  }

  /** A host that resolved to an address the fetcher must not connect to. */
  static final class RefusedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    RefusedAddressException(String message) {
      super(message);
    }
  }

  VettingDnsResolver(
      NameResolver names, Predicate<InetAddress> publicAddress, Set<String> allowedPrivate) {
    this.names = names;
    this.publicAddress = publicAddress;
    this.allowedPrivate = Set.copyOf(allowedPrivate);
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    List<InetSocketAddress> result = new ArrayList<>();
    for (InetAddress address : vet(host, port)) {
      result.add(new InetSocketAddress(address, port));
    }
    return result;
  }

  /** Without a port only addresses that are public everywhere pass. */
  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    return vet(host, -1);
  }

  @Override
  public String resolveCanonicalHostname(String host) {
    // Kerberos/SPNEGO only; never used by the fetcher, and no second lookup is wanted.
    return host;
  }

  InetAddress[] vet(String host, int port) throws UnknownHostException {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses = names.resolve(bare);
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException(host + ": no address");
    }
    if (port >= 0 && allowedPrivate.contains(host.toLowerCase(Locale.ROOT) + ":" + port)) {
      return addresses.clone();
    }
    for (InetAddress address : addresses) {
      if (!publicAddress.test(address)) {
        throw new RefusedAddressException(
            "refused, " + host + " resolves to the non-public address " + address.getHostAddress());
      }
    }
    return addresses.clone();
  }
}
