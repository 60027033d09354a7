package com.example.app.adapters.web.customer;

import com.example.app.application.customer.port.in.RegisterCustomer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** POST /customers with the name as the body: registers a customer and answers with the number. */
public final class CustomerHandler implements HttpHandler {

    private final RegisterCustomer registerCustomer;

    public CustomerHandler(RegisterCustomer registerCustomer) {
        this.registerCustomer = registerCustomer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String name = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        byte[] answer = registerCustomer.register(name).value().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(201, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }
}
