"""A shop's and a till's records, which have a name and a date as an event has, are not read as events (issue #13).

An order list names the event its tickets are for and the moment the order was placed ({"orders": [{"eventName":
"Spring Gala", "orderDate": "2031-03-01T10:00:00Z", "amount": 49}]}); an invoice list has a title ("Consulting
services") and an issue date; a payment, a transaction, a refund or a subscription has a description and the day it
was paid. Read as events, each order is one more "Spring Gala" on the day someone bought a ticket. A list is not
read as events when:

- its own key names such records ("orders", "invoices", "payments", "transactions", "receipts", "refunds",
  "subscriptions", "shipments", and their German, French, Spanish, Italian, Portuguese and Dutch names:
  "Bestellungen", "factures", "pedidos", "fatture", "betalingen"...); or
- the date read as its start is named as such a moment ("orderDate", "invoice_date", "paidAt", "purchasedOn",
  "transactionDate", "billingDate").

A list of bookings, tickets or registrations is not among them (a member's booked classes are the events they go
to), nor a list of sales (garage, estate, book and bake sales are events people go to: "sales", "type": "Book
Sale"), nor is a list under any other key whose start is named as a start.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from sources.adapters._json_shapes import words

__all__ = ["commercial_list"]

# The records, as the key of their list names them (plural and singular), in English and the languages our cities'
# APIs are written in; accents folded ("facturação" → "facturacao").
COMMERCE_RECORDS = frozenset({
    "order", "orders", "invoice", "invoices", "payment", "payments", "transaction", "transactions", "receipt",
    "receipts", "refund", "refunds", "charge", "charges", "payout", "payouts", "subscription", "subscriptions",
    "shipment", "shipments", "purchase", "purchases", "bill", "bills", "quote", "quotes",
    # German
    "bestellung", "bestellungen", "rechnung", "rechnungen", "zahlung", "zahlungen", "buchungssatz", "quittung",
    "quittungen", "erstattung", "erstattungen", "abonnement", "abonnements", "lieferung", "lieferungen",
    # French
    "commande", "commandes", "facture", "factures", "paiement", "paiements", "remboursement", "remboursements",
    "recu", "recus",
    # Spanish, Portuguese, Italian
    "pedido", "pedidos", "factura", "facturas", "fatura", "faturas", "fattura", "fatture", "pago", "pagos",
    "pagamento", "pagamentos", "pagamenti", "ordine", "ordini", "transaccion", "transacciones", "transacao",
    "transacoes", "transazione", "transazioni", "reembolso", "reembolsos", "rimborso", "rimborsi", "suscripcion",
    "suscripciones", "assinatura", "assinaturas", "abbonamento", "abbonamenti",
    # Dutch
    "bestellingen", "factuur", "facturen", "betaling", "betalingen", "transactie", "transacties", "terugbetaling",
    "abonnementen",
})  # fmt: skip
# A word that, after another, is an ordering ("sortOrder", "displayOrder"), not a shop's order.
ORDERINGS = frozenset({"order", "ordine"})
# Words of a date's key that make it the moment of a sale ("orderDate", "paidAt", "purchased_on").
COMMERCE_MOMENTS = frozenset({
    "order", "ordered", "invoice", "invoiced", "paid", "payment", "purchase", "purchased", "transaction",
    "billing", "billed", "checkout", "refund", "refunded", "charged", "bestellt", "bestelldatum", "rechnungsdatum",
    "bezahlt", "zahlungsdatum", "commande", "facture", "paiement", "pedido", "factura", "pago",
})  # fmt: skip


def commercial_list(path: str, start_paths: Iterable[str]) -> bool:
    """Whether the list at ``path``, read with a start at ``start_paths``, holds a shop's or a till's records (see
    the module docstring)."""
    own = [part for part in path.split(".") if part and not part.isdigit()]
    named = words(fold(own[-1])) if own else []
    if named and named[-1] in COMMERCE_RECORDS and (len(named) == 1 or named[-1] not in ORDERINGS):
        return True  # "orders", "customerOrders"; not "sortOrder"
    return any(set(words(fold(each.rsplit(".", 1)[-1]))) & COMMERCE_MOMENTS for each in start_paths)


def fold(text: str) -> str:
    """The text with its accents dropped ("Körperschaft" → "Korperschaft"), as the key words are ASCII."""
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
