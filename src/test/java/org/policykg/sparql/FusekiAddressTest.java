package org.policykg.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policykg.PolicyKgProperties;
import org.policykg.store.KgStore;
import org.policykg.web.guard.SecurityHeaders;

/** The SPARQL endpoint listens where policykg.fuseki.address says: this machine only by default, or everywhere. */
class FusekiAddressTest {

    private static FusekiEndpoint endpoint(String address) {
        PolicyKgProperties props = new PolicyKgProperties("mem", new PolicyKgProperties.Fuseki(true, 0, "kg", false, address),
                new PolicyKgProperties.Query(Duration.ofSeconds(60)));
        FusekiEndpoint e = new FusekiEndpoint(KgStore.inMemory(), props, new SecurityHeaders(SecurityHeaders.DEFAULT_POLICY),
                new RunningQueries());
        e.start();
        return e;
    }

    /** An address of this machine that other machines reach it by, when it has one. */
    private static Optional<InetAddress> networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
    }

    private static void connect(InetAddress host, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
        }
    }

    @Test
    void shouldListenOnLoopbackOnlyWhenTheAddressIsLoopback() throws Exception {
        Optional<InetAddress> outside = networkAddress();
        assumeTrue(outside.isPresent(), "this machine has no network address to try");
        FusekiEndpoint e = endpoint("127.0.0.1");
        try {
            connect(InetAddress.getLoopbackAddress(), e.port());
            assertThatThrownBy(() -> connect(outside.get(), e.port())).isInstanceOf(IOException.class);
            assertThat(e.sparqlUrl()).startsWith("http://localhost:");
        } finally {
            e.stop();
        }
    }

    @Test
    void shouldListenOnEveryInterfaceWhenOpenedUp() throws Exception {
        Optional<InetAddress> outside = networkAddress();
        assumeTrue(outside.isPresent(), "this machine has no network address to try");
        FusekiEndpoint e = endpoint("0.0.0.0");
        try {
            connect(InetAddress.getLoopbackAddress(), e.port());
            connect(outside.get(), e.port());
        } finally {
            e.stop();
        }
    }
}
