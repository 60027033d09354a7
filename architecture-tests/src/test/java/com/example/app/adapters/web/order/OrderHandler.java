package com.example.app.adapters.web.order;

import com.example.app.application.order.port.in.PlaceOrder;
import com.example.app.domain.order.OrderLine;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** POST /orders?customer=C1 with one "item quantity" per line: places the order and answers with its number. */
public final class OrderHandler implements HttpHandler {

    private final PlaceOrder placeOrder;

    public OrderHandler(PlaceOrder placeOrder) {
        this.placeOrder = placeOrder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String customer = exchange.getRequestURI().getQuery().replace("customer=", "");
        List<OrderLine> lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(line -> line.split(" "))
                .map(parts -> new OrderLine(parts[0], Integer.parseInt(parts[1])))
                .toList();
        byte[] answer = Long.toString(placeOrder.place(new PlaceOrder.Command(customer, lines)).value())
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(201, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }
}
