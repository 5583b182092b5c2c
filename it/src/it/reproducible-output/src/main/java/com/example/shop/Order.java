package com.example.shop;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Operation;
import dev.armature.annotations.ReadOnly;
import dev.armature.annotations.Searchable;
import dev.armature.annotations.Surface;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@Table(name = "orders")
@ApiResource(path = "orders", operations = {Operation.LIST, Operation.READ, Operation.CREATE, Operation.PATCH})
@Surface(name = "create", fields = {"customer", "total", "quantity"})
@Surface(name = "update", fields = {"total", "quantity"})
@Surface(name = "list", fields = {"id", "customer", "total"})
public class Order {
  @Id @GeneratedValue public Long id;
  @Version public Integer version;
  @Searchable @ManyToOne(optional = false) public Customer customer;
  @Min(0) public BigDecimal total;
  @Min(1) public int quantity;
  @ReadOnly public LocalDateTime placedAt;
}
