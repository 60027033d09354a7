package com.example.app.adapters.web.order;

import com.example.app.application.Stores;

/** Breaks drivingAdaptersUseNoOutPorts: the web adapter takes the bundle of out-ports, to reach any store. */
public record OrderAdmin(Stores stores) {

    public String describe() {
        return stores.toString();
    }
}
