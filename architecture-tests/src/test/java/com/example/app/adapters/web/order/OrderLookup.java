package com.example.app.adapters.web.order;

import com.example.app.application.order.port.out.Orders;
import com.example.app.domain.order.OrderId;

/** Breaks drivingAdaptersUseNoOutPorts: the web adapter reads the out-port instead of calling a use case. */
public record OrderLookup(Orders orders) {

    public boolean exists(long id) {
        return orders.find(new OrderId(id)).isPresent();
    }
}
