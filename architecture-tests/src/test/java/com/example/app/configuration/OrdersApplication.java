package com.example.app.configuration;

import com.example.app.adapters.persistence.customer.InMemoryCustomers;
import com.example.app.adapters.persistence.order.InMemoryOrders;
import com.example.app.adapters.web.WebServer;
import com.example.app.application.Stores;
import com.example.app.application.customer.CustomerService;
import com.example.app.application.customer.port.out.Customers;
import com.example.app.application.order.OrderService;
import com.example.app.application.order.port.out.Orders;
import java.io.IOException;

/** The composition root: wires the in-memory stores into the services and the services into the web server. */
public final class OrdersApplication {

    private OrdersApplication() {
    }

    public static void main(String[] args) throws IOException {
        Stores stores = inMemory();
        WebServer.start(8080, new CustomerService(stores.customers()),
                new OrderService(stores.orders(), stores.customers()));
    }

    static Stores inMemory() {
        InMemoryOrders orders = new InMemoryOrders();
        InMemoryCustomers customers = new InMemoryCustomers();
        return new Stores() {
            @Override
            public Orders orders() {
                return orders;
            }

            @Override
            public Customers customers() {
                return customers;
            }
        };
    }
}
