/**
 * The storage brick's own tables, as forward-only migrations. They run with
 * the search path set to the store's schema, so the names here are
 * unqualified. Every statement is constant text: nothing from a caller is
 * spliced into it.
 */
import { sql } from 'kysely';
import type { MigrationStep } from '../backend.js';
import { AUDIT_APPEND_ONLY_SQLSTATE, AUDIT_OFF_CHAIN_SQLSTATE } from '../errors.js';
import { CHAIN_FORMAT, GENESIS_HASH, LEGACY_CHAIN_FORMAT } from '../hash.js';

const RECORDS = [
  `create table civic_records (
    collection text not null,
    id text not null,
    seq bigint generated always as identity,
    version integer not null check (version >= 1),
    data jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (collection, id)
  )`,
  `create index civic_records_collection_seq on civic_records (collection, seq)`,
];

const AUDIT = [
  `create table civic_audit (
    seq bigint primary key check (seq >= 1),
    id uuid not null unique,
    at timestamptz not null,
    actor text not null,
    action text not null,
    collection text,
    record_id text,
    fields jsonb not null,
    metadata jsonb not null,
    detail_digest text,
    prev_hash text not null unique,
    hash text not null unique
  )`,
  `create index civic_audit_record on civic_audit (collection, record_id, seq)`,
  `create index civic_audit_actor on civic_audit (actor, seq)`,
  // Before/after detail lives outside the chain so that erasure can delete it.
  `create table civic_audit_detail (
    entry_id uuid primary key references civic_audit (id),
    collection text,
    record_id text,
    salt text not null,
    detail jsonb not null
  )`,
  `create index civic_audit_detail_record on civic_audit_detail (collection, record_id)`,
  // One row: the end of the chain. Appends move it with an optimistic check on seq.
  `create table civic_audit_head (
    id integer primary key check (id = 1),
    seq bigint not null check (seq >= 0),
    hash text not null
  )`,
  `insert into civic_audit_head (id, seq, hash) values (1, 0, '${GENESIS_HASH}')`,
  `create function civic_audit_refuse_change() returns trigger language plpgsql as $$
   begin
     raise exception 'civic_audit is append-only: % refused', tg_op using errcode = '${AUDIT_APPEND_ONLY_SQLSTATE}';
   end
   $$`,
  `create trigger civic_audit_no_update_or_delete before update or delete on civic_audit
     for each row execute function civic_audit_refuse_change()`,
  `create trigger civic_audit_no_truncate before truncate on civic_audit
     for each statement execute function civic_audit_refuse_change()`,
  // The head may only move forward; it can never be deleted or reset.
  `create function civic_audit_head_guard() returns trigger language plpgsql as $$
   begin
     if tg_op = 'UPDATE' and new.id = old.id and new.seq > old.seq then
       return new;
     end if;
     raise exception 'civic_audit_head only moves forward: % refused', tg_op using errcode = '${AUDIT_APPEND_ONLY_SQLSTATE}';
   end
   $$`,
  `create trigger civic_audit_head_forward_only before update or delete on civic_audit_head
     for each row execute function civic_audit_head_guard()`,
  `create trigger civic_audit_head_no_truncate before truncate on civic_audit_head
     for each statement execute function civic_audit_head_guard()`,
];

const OUTBOX = [
  `create table civic_outbox (
    id uuid primary key,
    seq bigint generated always as identity,
    topic text not null,
    payload jsonb not null,
    idempotency_key text not null unique,
    status text not null check (status in ('pending', 'delivered', 'dead')),
    attempts integer not null default 0 check (attempts >= 0),
    available_at timestamptz not null,
    locked_until timestamptz,
    lease_token text,
    last_error text,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    delivered_at timestamptz
  )`,
  `create index civic_outbox_due on civic_outbox (available_at, seq) where status = 'pending'`,
  `create index civic_outbox_status on civic_outbox (status, seq)`,
];

/**
 * Closes the gaps of the first layout. Every insert must follow the head
 * (seq one past it, prev_hash equal to its hash) and moves the head with it,
 * in the same statement, so a row can no longer be slipped in after the end
 * unseen; the head moves only that way. New entries are hashed in format 2 (`at` to the
 * microsecond). Entries already written keep format 1 and still verify.
 */
const AUDIT_FOLLOWS_HEAD = [
  `alter table civic_audit add column format smallint not null default ${LEGACY_CHAIN_FORMAT}
     check (format in (${LEGACY_CHAIN_FORMAT}, ${CHAIN_FORMAT}))`,
  `alter table civic_audit alter column format drop default`,
  // `set search_path from current` pins the store's schema (the migration's search path) for the head it moves.
  `create function civic_audit_follow_head() returns trigger language plpgsql set search_path from current as $$
   begin
     if new.format <> ${CHAIN_FORMAT} then
       raise exception 'civic_audit entry % is not in chain format ${CHAIN_FORMAT}', new.seq using errcode = '${AUDIT_OFF_CHAIN_SQLSTATE}';
     end if;
     update civic_audit_head set seq = new.seq, hash = new.hash
       where id = 1 and seq = new.seq - 1 and hash = new.prev_hash;
     if not found then
       raise exception 'civic_audit entry % does not follow the chain head', new.seq using errcode = '${AUDIT_OFF_CHAIN_SQLSTATE}';
     end if;
     return new;
   end
   $$`,
  `create trigger civic_audit_follows_head before insert on civic_audit
     for each row execute function civic_audit_follow_head()`,
  // Only the insert trigger above (one trigger level down) may move the head, one entry at a time.
  `create or replace function civic_audit_head_guard() returns trigger language plpgsql as $$
   begin
     if tg_op = 'UPDATE' and new.id = old.id and new.seq = old.seq + 1 and pg_trigger_depth() > 1 then
       return new;
     end if;
     raise exception 'civic_audit_head moves only with an appended entry: % refused', tg_op using errcode = '${AUDIT_APPEND_ONLY_SQLSTATE}';
   end
   $$`,
];

function step(version: number, name: string, statements: readonly string[]): MigrationStep {
  return {
    brick: 'storage',
    version,
    name,
    async run(_ops, runner) {
      if (!runner) throw new Error('storage SQL migrations need a SQL adapter');
      for (const statement of statements) await runner.execute(sql.raw(statement));
    },
  };
}

/** Each storage migration's statements by version: for upgrade tests that build an older layout by hand. */
export const STORAGE_MIGRATION_SQL: Readonly<Record<number, readonly string[]>> = {
  1: RECORDS,
  2: AUDIT,
  3: OUTBOX,
  4: AUDIT_FOLLOWS_HEAD,
};

/** The storage brick's migrations, applied before any other brick's. */
export const STORAGE_MIGRATIONS: readonly MigrationStep[] = [
  step(1, 'records', RECORDS),
  step(2, 'audit-log', AUDIT),
  step(3, 'outbox', OUTBOX),
  step(4, 'audit-follows-head', AUDIT_FOLLOWS_HEAD),
];

/** Created before anything else, inside the migration lock, so it needs no migration of its own. */
export const MIGRATIONS_TABLE = `create table if not exists civic_migrations (
  brick text not null,
  version integer not null check (version >= 1),
  name text not null,
  applied_at timestamptz not null default now(),
  primary key (brick, version)
)`;
