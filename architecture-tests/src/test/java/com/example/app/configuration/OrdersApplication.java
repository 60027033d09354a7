package com.example.app.configuration;

import com.example.app.adapters.persistence.customer.InMemoryCustomers;
import com.example.app.adapters.persistence.order.InMemoryOrders;
import com.example.app.adapters.web.WebServer;
import com.example.app.application.customer.CustomerService;
import com.example.app.application.order.OrderService;
import java.io.IOException;

/** The composition root: wires the in-memory stores into the services and the services into the web server. */
public final class OrdersApplication {

    private OrdersApplication() {
    }

    public static void main(String[] args) throws IOException {
        InMemoryCustomers customers = new InMemoryCustomers();
        WebServer.start(8080, new CustomerService(customers), new OrderService(new InMemoryOrders(), customers));
    }
}
