package dev.sessionjwt.it.federated;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.auth.LoginConfig;

/** Switches MicroProfile JWT on for the federated service (the annotation must sit on a CDI bean) and names its roles. */
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"user", "admin"})
public class OrdersService {
}
