package com.example.app.application;

import com.example.app.application.customer.port.out.Customers;
import com.example.app.application.order.port.out.Orders;

/** Every out-port in one place, for the composition root (a driving adapter must not take it). */
public interface Stores {

    Orders orders();

    Customers customers();
}
