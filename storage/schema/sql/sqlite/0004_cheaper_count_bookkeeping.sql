-- Migration 0004 (SQLite): skip empty product count adjustments.
--
-- Product writes that change no supplier's product_count (an edit that keeps the supplier, a
-- product without one) still ran the whole count bookkeeping: on PostgreSQL a locking SELECT and
-- an UPDATE of suppliers touching no row, which still fired the suppliers' statement trigger and
-- its history INSERT, about as much work as the product write itself; on SQLite every count
-- change evaluated the suppliers' history condition over all columns. Same results, less work:
-- PostgreSQL returns early on an empty delta list; SQLite's supplier history trigger only fires
-- for UPDATEs that set a column other than product_count (its WHEN already ignored that one).

DROP TRIGGER suppliers_history_update;

-- @generated suppliers_history_update_trigger
