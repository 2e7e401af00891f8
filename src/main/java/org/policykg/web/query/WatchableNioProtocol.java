package org.policykg.web.query;

import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO HTTP/1.1 protocol, with its open connections looked up by the client's port, so that
 * {@link ClientWatch} can read the connection of a request while the request is being handled. Public, with a
 * no-argument constructor: Tomcat creates its protocol by class name.
 */
public class WatchableNioProtocol extends Http11NioProtocol {

    /** The open connection from {@code remotePort} to {@code localPort}, or null if there is none or more than one. */
    SocketWrapperBase<?> connection(int remotePort, int localPort) {
        SocketWrapperBase<?> found = null;
        for (SocketWrapperBase<?> c : getEndpoint().getConnections()) {
            if (c.getRemotePort() == remotePort && c.getLocalPort() == localPort) {
                if (found != null) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }
}
