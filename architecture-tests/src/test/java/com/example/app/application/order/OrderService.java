package com.example.app.application.order;

import com.example.app.application.customer.port.out.Customers;
import com.example.app.application.order.port.in.PlaceOrder;
import com.example.app.application.order.port.out.Orders;
import com.example.app.domain.customer.CustomerId;
import com.example.app.domain.order.Order;
import com.example.app.domain.order.OrderId;

/** The order use cases. */
public final class OrderService implements PlaceOrder {

    private final Orders orders;
    private final Customers customers;

    public OrderService(Orders orders, Customers customers) {
        this.orders = orders;
        this.customers = customers;
    }

    @Override
    public OrderId place(Command command) {
        CustomerId customer = new CustomerId(command.customer());
        if (customers.find(customer).isEmpty()) {
            throw new IllegalArgumentException("no customer " + customer.value());
        }
        Order order = new Order(orders.nextId(), customer, command.lines());
        orders.save(order);
        return order.id();
    }
}
