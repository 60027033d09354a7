package com.example.app.application.order.port.in;

import com.example.app.application.order.port.out.Orders;

/** Breaks inPortsDoNotDependOnOutPorts: a use case hands out the out-port. */
public interface ListOrders {

    Orders orders();
}
