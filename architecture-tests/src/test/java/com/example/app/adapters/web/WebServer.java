package com.example.app.adapters.web;

import com.example.app.adapters.web.customer.CustomerHandler;
import com.example.app.adapters.web.order.OrderHandler;
import com.example.app.application.customer.port.in.RegisterCustomer;
import com.example.app.application.order.port.in.PlaceOrder;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/** The web adapter: the JDK's HTTP server with a handler per use case. */
public final class WebServer {

    private WebServer() {
    }

    public static HttpServer start(int port, RegisterCustomer registerCustomer, PlaceOrder placeOrder)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/customers", new CustomerHandler(registerCustomer));
        server.createContext("/orders", new OrderHandler(placeOrder));
        server.start();
        return server;
    }
}
