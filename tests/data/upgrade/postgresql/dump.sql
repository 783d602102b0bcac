--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: tablo_upgrade_fixture; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA tablo_upgrade_fixture;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: actions; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.actions (
    id bigint NOT NULL,
    base_id integer NOT NULL,
    version bigint NOT NULL,
    user_id integer,
    client_id character varying(64),
    type character varying(40) NOT NULL,
    payload jsonb NOT NULL,
    inverse jsonb NOT NULL,
    kind character varying(8) DEFAULT 'do'::character varying NOT NULL,
    target_id bigint,
    reverted boolean DEFAULT false NOT NULL,
    touches jsonb NOT NULL,
    summary jsonb,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: actions_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.actions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: actions_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.actions_id_seq OWNED BY tablo_upgrade_fixture.actions.id;


--
-- Name: api_tokens; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.api_tokens (
    id integer NOT NULL,
    token_hash character varying(64) NOT NULL,
    prefix character varying(12) NOT NULL,
    user_id integer NOT NULL,
    base_id integer NOT NULL,
    access character varying(10) NOT NULL,
    name character varying(200) DEFAULT ''::character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    last_used_at timestamp without time zone,
    revoked_at timestamp without time zone
);


--
-- Name: api_tokens_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.api_tokens_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: api_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.api_tokens_id_seq OWNED BY tablo_upgrade_fixture.api_tokens.id;


--
-- Name: automation_matches; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.automation_matches (
    rule_id integer NOT NULL,
    row_id character varying(22) NOT NULL
);


--
-- Name: automation_rules; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.automation_rules (
    id integer NOT NULL,
    base_id integer NOT NULL,
    table_id integer NOT NULL,
    name character varying(200) NOT NULL,
    active boolean DEFAULT true NOT NULL,
    trigger jsonb NOT NULL,
    actions jsonb NOT NULL,
    next_run_at timestamp without time zone,
    created_by integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: automation_rules_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.automation_rules_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: automation_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.automation_rules_id_seq OWNED BY tablo_upgrade_fixture.automation_rules.id;


--
-- Name: automation_runs; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.automation_runs (
    id bigint NOT NULL,
    rule_id integer NOT NULL,
    base_id integer NOT NULL,
    trigger character varying(20) NOT NULL,
    action_id bigint,
    depth integer DEFAULT 0 NOT NULL,
    row_ids jsonb NOT NULL,
    status character varying(10) NOT NULL,
    results jsonb,
    error text,
    created_at timestamp without time zone NOT NULL,
    started_at timestamp without time zone,
    finished_at timestamp without time zone
);


--
-- Name: automation_runs_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.automation_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: automation_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.automation_runs_id_seq OWNED BY tablo_upgrade_fixture.automation_runs.id;


--
-- Name: base_members; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.base_members (
    base_id integer NOT NULL,
    user_id integer NOT NULL,
    role character varying(20) NOT NULL
);


--
-- Name: bases; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.bases (
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(200) NOT NULL,
    created_by integer,
    version bigint DEFAULT '0'::bigint NOT NULL,
    schema_version bigint DEFAULT '0'::bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone
);


--
-- Name: bases_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.bases_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: bases_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.bases_id_seq OWNED BY tablo_upgrade_fixture.bases.id;


--
-- Name: charts; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.charts (
    id integer NOT NULL,
    base_id integer NOT NULL,
    table_id integer NOT NULL,
    view_id integer,
    name character varying(200) NOT NULL,
    "position" double precision NOT NULL,
    settings jsonb NOT NULL,
    created_by integer,
    deleted_at timestamp without time zone
);


--
-- Name: charts_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.charts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: charts_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.charts_id_seq OWNED BY tablo_upgrade_fixture.charts.id;


--
-- Name: column_permissions; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.column_permissions (
    column_id integer NOT NULL,
    table_id integer NOT NULL,
    base_id integer NOT NULL,
    mode character varying(10) NOT NULL,
    user_ids jsonb NOT NULL
);


--
-- Name: columns; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.columns (
    id integer NOT NULL,
    table_id integer NOT NULL,
    name character varying(200) NOT NULL,
    type character varying(40) NOT NULL,
    options jsonb NOT NULL,
    "position" double precision NOT NULL,
    phys character varying(40),
    is_primary boolean DEFAULT false NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    deleted_at timestamp without time zone
);


--
-- Name: columns_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.columns_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: columns_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.columns_id_seq OWNED BY tablo_upgrade_fixture.columns.id;


--
-- Name: comments; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.comments (
    id integer NOT NULL,
    base_id integer NOT NULL,
    table_id integer NOT NULL,
    row_id character varying(22) NOT NULL,
    author_id integer,
    body text NOT NULL,
    mentions jsonb NOT NULL,
    resolved boolean DEFAULT false NOT NULL,
    resolved_by integer,
    resolved_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone
);


--
-- Name: comments_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.comments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: comments_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.comments_id_seq OWNED BY tablo_upgrade_fixture.comments.id;


--
-- Name: counters; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.counters (
    column_id integer NOT NULL,
    value bigint NOT NULL
);


--
-- Name: files; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.files (
    id character varying(22) NOT NULL,
    base_id integer NOT NULL,
    sha256 character varying(64) NOT NULL,
    name character varying(300) NOT NULL,
    size bigint NOT NULL,
    mime character varying(120) NOT NULL,
    created_by integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: forms; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.forms (
    id integer NOT NULL,
    base_id integer NOT NULL,
    table_id integer NOT NULL,
    token character varying(64) NOT NULL,
    name character varying(200) NOT NULL,
    settings jsonb NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_by integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: forms_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.forms_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: forms_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.forms_id_seq OWNED BY tablo_upgrade_fixture.forms.id;


--
-- Name: import_jobs; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.import_jobs (
    id character varying(40) NOT NULL,
    base_id integer NOT NULL,
    user_id integer,
    filename character varying(200) NOT NULL,
    path text NOT NULL,
    status character varying(16) NOT NULL,
    options jsonb,
    rows_done bigint DEFAULT '0'::bigint NOT NULL,
    rows_total bigint DEFAULT '0'::bigint NOT NULL,
    phase character varying(32) DEFAULT 'waiting'::character varying NOT NULL,
    error jsonb,
    result jsonb,
    cancel boolean DEFAULT false NOT NULL,
    created_at double precision NOT NULL,
    updated_at double precision NOT NULL
);


--
-- Name: invitations; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.invitations (
    id integer NOT NULL,
    base_id integer NOT NULL,
    email character varying(320) NOT NULL,
    role character varying(20) NOT NULL,
    token_hash character varying(64) NOT NULL,
    invited_by integer,
    created_at timestamp without time zone NOT NULL,
    expires_at timestamp without time zone NOT NULL,
    accepted_at timestamp without time zone,
    accepted_by integer,
    revoked_at timestamp without time zone
);


--
-- Name: invitations_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.invitations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: invitations_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.invitations_id_seq OWNED BY tablo_upgrade_fixture.invitations.id;


--
-- Name: l_50; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.l_50 (
    row_a bigint NOT NULL,
    row_b bigint NOT NULL
);


--
-- Name: l_52; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.l_52 (
    row_a bigint NOT NULL,
    row_b bigint NOT NULL
);


--
-- Name: l_54; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.l_54 (
    row_a bigint NOT NULL,
    row_b bigint NOT NULL
);


--
-- Name: l_56; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.l_56 (
    row_a bigint NOT NULL,
    row_b bigint NOT NULL
);


--
-- Name: login_attempts; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.login_attempts (
    id integer NOT NULL,
    email character varying(320) NOT NULL,
    ip character varying(64) NOT NULL,
    at timestamp without time zone NOT NULL,
    ok boolean NOT NULL
);


--
-- Name: login_attempts_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.login_attempts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: login_attempts_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.login_attempts_id_seq OWNED BY tablo_upgrade_fixture.login_attempts.id;


--
-- Name: notification_settings; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.notification_settings (
    user_id integer NOT NULL,
    muted_kinds jsonb NOT NULL,
    muted_bases jsonb NOT NULL,
    email boolean DEFAULT true NOT NULL
);


--
-- Name: notifications; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.notifications (
    id bigint NOT NULL,
    user_id integer NOT NULL,
    base_id integer,
    kind character varying(20) NOT NULL,
    actor_id integer,
    payload jsonb NOT NULL,
    created_at timestamp without time zone NOT NULL,
    read_at timestamp without time zone,
    email_status character varying(10)
);


--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.notifications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notifications_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.notifications_id_seq OWNED BY tablo_upgrade_fixture.notifications.id;


--
-- Name: retired_columns; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.retired_columns (
    id integer NOT NULL,
    table_id integer NOT NULL,
    phys character varying(40) NOT NULL,
    retired_at timestamp without time zone NOT NULL
);


--
-- Name: retired_columns_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.retired_columns_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: retired_columns_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.retired_columns_id_seq OWNED BY tablo_upgrade_fixture.retired_columns.id;


--
-- Name: row_changes; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.row_changes (
    id bigint NOT NULL,
    action_id bigint NOT NULL,
    table_id integer NOT NULL,
    row_id character varying(22) NOT NULL,
    change jsonb NOT NULL
);


--
-- Name: row_changes_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.row_changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: row_changes_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.row_changes_id_seq OWNED BY tablo_upgrade_fixture.row_changes.id;


--
-- Name: sessions; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.sessions (
    id integer NOT NULL,
    token_hash character varying(64) NOT NULL,
    user_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    expires_at timestamp without time zone NOT NULL
);


--
-- Name: sessions_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.sessions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.sessions_id_seq OWNED BY tablo_upgrade_fixture.sessions.id;


--
-- Name: settings; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.settings (
    key character varying(100) NOT NULL,
    value jsonb
);


--
-- Name: share_links; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.share_links (
    id integer NOT NULL,
    base_id integer NOT NULL,
    view_id integer NOT NULL,
    token_hash character varying(64) NOT NULL,
    password_hash character varying(300),
    expires_at timestamp without time zone,
    created_by integer,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone
);


--
-- Name: share_links_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.share_links_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: share_links_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.share_links_id_seq OWNED BY tablo_upgrade_fixture.share_links.id;


--
-- Name: t_1; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.t_1 (
    id bigint NOT NULL,
    _id character varying(22) NOT NULL,
    _order double precision NOT NULL,
    _ctime timestamp without time zone NOT NULL,
    _mtime timestamp without time zone NOT NULL,
    _creator integer,
    _last_modifier integer,
    c_1 text,
    c_2 jsonb,
    c_3 text,
    c_4 text,
    c_5 text,
    c_81_mn1 double precision
);


--
-- Name: t_1_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.t_1_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t_1_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.t_1_id_seq OWNED BY tablo_upgrade_fixture.t_1.id;


--
-- Name: t_2; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.t_2 (
    id bigint NOT NULL,
    _id character varying(22) NOT NULL,
    _order double precision NOT NULL,
    _ctime timestamp without time zone NOT NULL,
    _mtime timestamp without time zone NOT NULL,
    _creator integer,
    _last_modifier integer,
    c_6 text,
    c_7 text,
    c_8 text,
    c_9 text,
    c_10 double precision,
    c_11 double precision,
    c_12 text,
    c_13 text,
    c_14 text,
    c_75_mn1 double precision,
    c_78_mn1 double precision,
    c_79_mb1 boolean
);


--
-- Name: t_2_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.t_2_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t_2_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.t_2_id_seq OWNED BY tablo_upgrade_fixture.t_2.id;


--
-- Name: t_3; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.t_3 (
    id bigint NOT NULL,
    _id character varying(22) NOT NULL,
    _order double precision NOT NULL,
    _ctime timestamp without time zone NOT NULL,
    _mtime timestamp without time zone NOT NULL,
    _creator integer,
    _last_modifier integer,
    c_15 text,
    c_16 jsonb,
    c_17 timestamp without time zone,
    c_18 timestamp without time zone,
    c_19 double precision,
    c_20 boolean,
    c_21 text,
    c_22 boolean,
    c_23 boolean,
    c_24 text,
    c_25 timestamp without time zone,
    c_26 double precision,
    c_27 text,
    c_63_mn1 double precision,
    c_64_mn1 double precision,
    c_65_mn1 double precision,
    c_66_md1 timestamp without time zone,
    c_67_mn1 double precision,
    c_69_mn1 double precision,
    c_87 jsonb,
    c_88 text
);


--
-- Name: t_3_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.t_3_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t_3_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.t_3_id_seq OWNED BY tablo_upgrade_fixture.t_3.id;


--
-- Name: t_4; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.t_4 (
    id bigint NOT NULL,
    _id character varying(22) NOT NULL,
    _order double precision NOT NULL,
    _ctime timestamp without time zone NOT NULL,
    _mtime timestamp without time zone NOT NULL,
    _creator integer,
    _last_modifier integer,
    c_28 bigint,
    c_29 text,
    c_30 timestamp without time zone,
    c_31 double precision,
    c_32 text,
    c_33 text,
    c_34 text,
    c_35 text,
    c_58_mn1 double precision,
    c_59_mn1 double precision,
    c_60_mn1 double precision,
    c_61_mb1 boolean
);


--
-- Name: t_4_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.t_4_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t_4_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.t_4_id_seq OWNED BY tablo_upgrade_fixture.t_4.id;


--
-- Name: t_5; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.t_5 (
    id bigint NOT NULL,
    _id character varying(22) NOT NULL,
    _order double precision NOT NULL,
    _ctime timestamp without time zone NOT NULL,
    _mtime timestamp without time zone NOT NULL,
    _creator integer,
    _last_modifier integer,
    c_36 text,
    c_37 text,
    c_38 jsonb,
    c_39 jsonb,
    c_40 timestamp without time zone,
    c_41 text,
    c_42 text,
    c_43 text
);


--
-- Name: t_5_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.t_5_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t_5_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.t_5_id_seq OWNED BY tablo_upgrade_fixture.t_5.id;


--
-- Name: t_6; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.t_6 (
    id bigint NOT NULL,
    _id character varying(22) NOT NULL,
    _order double precision NOT NULL,
    _ctime timestamp without time zone NOT NULL,
    _mtime timestamp without time zone NOT NULL,
    _creator integer,
    _last_modifier integer,
    c_44 text,
    c_45 timestamp without time zone,
    c_46 double precision,
    c_47 double precision,
    c_48 double precision,
    c_49 double precision,
    c_86_mn1 double precision
);


--
-- Name: t_6_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.t_6_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: t_6_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.t_6_id_seq OWNED BY tablo_upgrade_fixture.t_6.id;


--
-- Name: table_permissions; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.table_permissions (
    table_id integer NOT NULL,
    operation character varying(10) NOT NULL,
    base_id integer NOT NULL,
    mode character varying(10) NOT NULL,
    user_ids jsonb NOT NULL
);


--
-- Name: tables; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.tables (
    id integer NOT NULL,
    base_id integer NOT NULL,
    name character varying(200) NOT NULL,
    "position" double precision NOT NULL,
    phys character varying(40) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone
);


--
-- Name: tables_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.tables_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tables_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.tables_id_seq OWNED BY tablo_upgrade_fixture.tables.id;


--
-- Name: users; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.users (
    id integer NOT NULL,
    email character varying(320) NOT NULL,
    name character varying(200) DEFAULT ''::character varying NOT NULL,
    password_hash character varying(300) NOT NULL,
    is_admin boolean DEFAULT false NOT NULL,
    locale character varying(10) DEFAULT 'en'::character varying NOT NULL,
    timezone character varying(64) DEFAULT 'UTC'::character varying NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.users_id_seq OWNED BY tablo_upgrade_fixture.users.id;


--
-- Name: views; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.views (
    id integer NOT NULL,
    table_id integer NOT NULL,
    name character varying(200) NOT NULL,
    "position" double precision NOT NULL,
    settings jsonb NOT NULL,
    private_to integer,
    created_by integer,
    deleted_at timestamp without time zone
);


--
-- Name: views_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.views_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: views_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.views_id_seq OWNED BY tablo_upgrade_fixture.views.id;


--
-- Name: webhook_deliveries; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.webhook_deliveries (
    id bigint NOT NULL,
    webhook_id integer NOT NULL,
    action_id bigint,
    event character varying(40) NOT NULL,
    body text NOT NULL,
    status character varying(10) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp without time zone NOT NULL,
    last_status integer,
    last_error text,
    created_at timestamp without time zone NOT NULL,
    finished_at timestamp without time zone
);


--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.webhook_deliveries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.webhook_deliveries_id_seq OWNED BY tablo_upgrade_fixture.webhook_deliveries.id;


--
-- Name: webhooks; Type: TABLE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE TABLE tablo_upgrade_fixture.webhooks (
    id integer NOT NULL,
    base_id integer NOT NULL,
    url character varying(2000) NOT NULL,
    secret character varying(200),
    events jsonb NOT NULL,
    active boolean DEFAULT true NOT NULL,
    disabled_reason text,
    failures integer DEFAULT 0 NOT NULL,
    created_by integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: webhooks_id_seq; Type: SEQUENCE; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE SEQUENCE tablo_upgrade_fixture.webhooks_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: webhooks_id_seq; Type: SEQUENCE OWNED BY; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER SEQUENCE tablo_upgrade_fixture.webhooks_id_seq OWNED BY tablo_upgrade_fixture.webhooks.id;


--
-- Name: actions id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.actions ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.actions_id_seq'::regclass);


--
-- Name: api_tokens id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.api_tokens ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.api_tokens_id_seq'::regclass);


--
-- Name: automation_rules id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_rules ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.automation_rules_id_seq'::regclass);


--
-- Name: automation_runs id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_runs ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.automation_runs_id_seq'::regclass);


--
-- Name: bases id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.bases ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.bases_id_seq'::regclass);


--
-- Name: charts id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.charts ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.charts_id_seq'::regclass);


--
-- Name: columns id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.columns ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.columns_id_seq'::regclass);


--
-- Name: comments id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.comments ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.comments_id_seq'::regclass);


--
-- Name: forms id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.forms ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.forms_id_seq'::regclass);


--
-- Name: invitations id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.invitations ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.invitations_id_seq'::regclass);


--
-- Name: login_attempts id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.login_attempts ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.login_attempts_id_seq'::regclass);


--
-- Name: notifications id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.notifications ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.notifications_id_seq'::regclass);


--
-- Name: retired_columns id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.retired_columns ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.retired_columns_id_seq'::regclass);


--
-- Name: row_changes id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.row_changes ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.row_changes_id_seq'::regclass);


--
-- Name: sessions id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.sessions ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.sessions_id_seq'::regclass);


--
-- Name: share_links id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.share_links ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.share_links_id_seq'::regclass);


--
-- Name: t_1 id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_1 ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.t_1_id_seq'::regclass);


--
-- Name: t_2 id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_2 ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.t_2_id_seq'::regclass);


--
-- Name: t_3 id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_3 ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.t_3_id_seq'::regclass);


--
-- Name: t_4 id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_4 ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.t_4_id_seq'::regclass);


--
-- Name: t_5 id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_5 ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.t_5_id_seq'::regclass);


--
-- Name: t_6 id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_6 ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.t_6_id_seq'::regclass);


--
-- Name: tables id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.tables ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.tables_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.users ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.users_id_seq'::regclass);


--
-- Name: views id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.views ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.views_id_seq'::regclass);


--
-- Name: webhook_deliveries id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.webhook_deliveries ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.webhook_deliveries_id_seq'::regclass);


--
-- Name: webhooks id; Type: DEFAULT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.webhooks ALTER COLUMN id SET DEFAULT nextval('tablo_upgrade_fixture.webhooks_id_seq'::regclass);


--
-- Data for Name: actions; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.actions VALUES (1, 1, 1, 1, NULL, 'apply_template', '{"type": "apply_template", "actions": [{"name": "Managers", "type": "add_table", "columns": [{"name": "Name", "type": "add_column", "options": {}, "table_id": 1, "column_id": 1, "column_type": "text"}, {"name": "User", "type": "add_column", "options": {}, "table_id": 1, "column_id": 2, "column_type": "collaborator"}, {"name": "Role", "type": "add_column", "options": {"options": [{"id": "5daf2c", "name": "Sales manager / Менеджер", "color": "#93C5FD"}, {"id": "eaed92", "name": "Head of sales / РОП", "color": "#C4B5FD"}, {"id": "5642a3", "name": "Accountant / Бухгалтер", "color": "#67E8F9"}, {"id": "9121d3", "name": "Lawyer / Юрист", "color": "#FDBA74"}]}, "table_id": 1, "column_id": 3, "column_type": "single-select"}, {"name": "Email", "type": "add_column", "options": {}, "table_id": 1, "column_id": 4, "column_type": "email"}, {"name": "Phone", "type": "add_column", "options": {}, "table_id": 1, "column_id": 5, "column_type": "phone"}], "table_id": 1}, {"name": "Customers", "type": "add_table", "columns": [{"name": "Customer", "type": "add_column", "options": {}, "table_id": 2, "column_id": 6, "column_type": "text"}, {"name": "INN", "type": "add_column", "options": {}, "table_id": 2, "column_id": 7, "column_type": "text"}, {"name": "KPP", "type": "add_column", "options": {}, "table_id": 2, "column_id": 8, "column_type": "text"}, {"name": "Segment", "type": "add_column", "options": {"options": [{"id": "30a22d", "name": "Key / Ключевой", "color": "#C4B5FD"}, {"id": "7c161f", "name": "Regular / Постоянный", "color": "#93C5FD"}, {"id": "218a0e", "name": "New / Новый", "color": "#86EFAC"}, {"id": "5b0587", "name": "One-off / Разовый", "color": "#E2E8F0"}]}, "table_id": 2, "column_id": 9, "column_type": "single-select"}, {"name": "Default terms, days", "type": "add_column", "options": {"max": null, "min": null, "format": "number", "decimal": null, "precision": 0, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 2, "column_id": 10, "column_type": "number"}, {"name": "Credit limit", "type": "add_column", "options": {"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 2, "column_id": 11, "column_type": "number"}, {"name": "AP contact", "type": "add_column", "options": {}, "table_id": 2, "column_id": 12, "column_type": "text"}, {"name": "AP email", "type": "add_column", "options": {}, "table_id": 2, "column_id": 13, "column_type": "email"}, {"name": "AP phone", "type": "add_column", "options": {}, "table_id": 2, "column_id": 14, "column_type": "phone"}], "table_id": 2}, {"name": "Invoices", "type": "add_table", "columns": [{"name": "Invoice No.", "type": "add_column", "options": {}, "table_id": 3, "column_id": 15, "column_type": "text"}, {"name": "Responsible", "type": "add_column", "options": {}, "table_id": 3, "column_id": 16, "column_type": "collaborator"}, {"name": "Invoice date", "type": "add_column", "options": {"format": "DD.MM.YYYY", "include_time": false}, "table_id": 3, "column_id": 17, "column_type": "date"}, {"name": "Due date", "type": "add_column", "options": {"format": "DD.MM.YYYY", "include_time": false}, "table_id": 3, "column_id": 18, "column_type": "date"}, {"name": "Total", "type": "add_column", "options": {"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 3, "column_id": 19, "column_type": "number"}, {"name": "Disputed", "type": "add_column", "options": {}, "table_id": 3, "column_id": 20, "column_type": "checkbox"}, {"name": "Dispute reason", "type": "add_column", "options": {"options": [{"id": "e6dfd0", "name": "Price / Цена", "color": "#FDBA74"}, {"id": "733ba7", "name": "Quantity / Количество", "color": "#FDBA74"}, {"id": "3acfe5", "name": "Quality / Качество", "color": "#FCA5A5"}, {"id": "423fe6", "name": "Documents / Документы", "color": "#FCD34D"}]}, "table_id": 3, "column_id": 21, "column_type": "single-select"}, {"name": "Can''t pay", "type": "add_column", "options": {}, "table_id": 3, "column_id": 22, "column_type": "checkbox"}, {"name": "Cancelled", "type": "add_column", "options": {}, "table_id": 3, "column_id": 23, "column_type": "checkbox"}, {"name": "Collection stage", "type": "add_column", "options": {"options": [{"id": "d2dd88", "name": "None / Нет", "color": "#E2E8F0"}, {"id": "4fb9b1", "name": "Reminders / Напоминания", "color": "#93C5FD"}, {"id": "e85c5f", "name": "Head of sales / РОП", "color": "#FCD34D"}, {"id": "107ee1", "name": "Pre-trial claim / Претензия", "color": "#FDBA74"}, {"id": "4a6d88", "name": "Restructuring / Реструктуризация", "color": "#C4B5FD"}, {"id": "bc2ee4", "name": "Terms changed / Изменены условия", "color": "#C4B5FD"}, {"id": "dfcd07", "name": "Legal / Суд", "color": "#FCA5A5"}]}, "table_id": 3, "column_id": 24, "column_type": "single-select"}, {"name": "Promise date", "type": "add_column", "options": {"format": "DD.MM.YYYY", "include_time": false}, "table_id": 3, "column_id": 25, "column_type": "date"}, {"name": "Promise amount", "type": "add_column", "options": {"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 3, "column_id": 26, "column_type": "number"}, {"name": "Notes", "type": "add_column", "options": {}, "table_id": 3, "column_id": 27, "column_type": "long-text"}], "table_id": 3}, {"name": "Payments", "type": "add_table", "columns": [{"name": "Payment ID", "type": "add_column", "options": {"digits": 5, "prefix": "PAY-"}, "table_id": 4, "column_id": 28, "column_type": "auto-number"}, {"name": "Type", "type": "add_column", "options": {"options": [{"id": "9fb797", "name": "Payment / Оплата", "color": "#86EFAC"}, {"id": "54db15", "name": "Credit note / Корректировка", "color": "#93C5FD"}, {"id": "85387c", "name": "Write-off / Списание", "color": "#CBD5E1"}, {"id": "556aef", "name": "Offset / Взаимозачёт", "color": "#67E8F9"}, {"id": "9c58c1", "name": "Refund / Возврат", "color": "#FCA5A5"}]}, "table_id": 4, "column_id": 29, "column_type": "single-select"}, {"name": "Date", "type": "add_column", "options": {"format": "DD.MM.YYYY", "include_time": false}, "table_id": 4, "column_id": 30, "column_type": "date"}, {"name": "Amount", "type": "add_column", "options": {"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 4, "column_id": 31, "column_type": "number"}, {"name": "Method", "type": "add_column", "options": {"options": [{"id": "58ac4f", "name": "Bank transfer / Безнал", "color": "#93C5FD"}, {"id": "c40f03", "name": "SBP / СБП", "color": "#67E8F9"}, {"id": "7c3820", "name": "Card / Карта", "color": "#C4B5FD"}, {"id": "e82f5b", "name": "Cash / Наличные", "color": "#86EFAC"}]}, "table_id": 4, "column_id": 32, "column_type": "single-select"}, {"name": "Bank doc No.", "type": "add_column", "options": {}, "table_id": 4, "column_id": 33, "column_type": "text"}, {"name": "Payer INN", "type": "add_column", "options": {}, "table_id": 4, "column_id": 34, "column_type": "text"}, {"name": "Purpose", "type": "add_column", "options": {}, "table_id": 4, "column_id": 35, "column_type": "long-text"}], "table_id": 4}, {"name": "Follow-ups", "type": "add_table", "columns": [{"name": "Task", "type": "add_column", "options": {}, "table_id": 5, "column_id": 36, "column_type": "text"}, {"name": "Type", "type": "add_column", "options": {"options": [{"id": "126178", "name": "Reminder / Напоминание", "color": "#93C5FD"}, {"id": "92bdcf", "name": "Call / Звонок", "color": "#93C5FD"}, {"id": "fdfc11", "name": "Reconciliation act / Акт сверки", "color": "#67E8F9"}, {"id": "b1846c", "name": "Promise to pay / Обещание оплаты", "color": "#86EFAC"}, {"id": "8873e1", "name": "Dispute / Спор", "color": "#FDBA74"}, {"id": "d92caf", "name": "Clarify status / Уточнить статус", "color": "#FCD34D"}, {"id": "40ed07", "name": "Pre-trial claim / Претензия", "color": "#FDBA74"}, {"id": "a088a2", "name": "Restructuring / Реструктуризация", "color": "#C4B5FD"}, {"id": "57324d", "name": "Legal / Иск", "color": "#FCA5A5"}]}, "table_id": 5, "column_id": 37, "column_type": "single-select"}, {"name": "Assigned to", "type": "add_column", "options": {}, "table_id": 5, "column_id": 38, "column_type": "collaborator"}, {"name": "Assigned by", "type": "add_column", "options": {}, "table_id": 5, "column_id": 39, "column_type": "collaborator"}, {"name": "Due date", "type": "add_column", "options": {"format": "DD.MM.YYYY", "include_time": false}, "table_id": 5, "column_id": 40, "column_type": "date"}, {"name": "Status", "type": "add_column", "options": {"options": [{"id": "63f7e8", "name": "To do / Запланировано", "color": "#E2E8F0"}, {"id": "104508", "name": "In progress / В работе", "color": "#93C5FD"}, {"id": "601d81", "name": "Done / Выполнено", "color": "#86EFAC"}, {"id": "9e7cbe", "name": "Cancelled / Отменено", "color": "#CBD5E1"}]}, "table_id": 5, "column_id": 41, "column_type": "single-select"}, {"name": "Outcome", "type": "add_column", "options": {"options": [{"id": "179303", "name": "Promised / Обещал оплатить", "color": "#86EFAC"}, {"id": "c7ba55", "name": "Paid / Оплатил", "color": "#86EFAC"}, {"id": "0791e4", "name": "Disputes / Оспаривает", "color": "#FDBA74"}, {"id": "8f0c6f", "name": "Can''t pay / Не может оплатить", "color": "#FCA5A5"}, {"id": "0ed616", "name": "Refuses / Отказ", "color": "#FCA5A5"}, {"id": "e4bf09", "name": "No answer / Нет ответа", "color": "#E2E8F0"}]}, "table_id": 5, "column_id": 42, "column_type": "single-select"}, {"name": "Notes", "type": "add_column", "options": {}, "table_id": 5, "column_id": 43, "column_type": "long-text"}], "table_id": 5}, {"name": "Monthly KPIs", "type": "add_table", "columns": [{"name": "Month", "type": "add_column", "options": {}, "table_id": 6, "column_id": 44, "column_type": "text"}, {"name": "Month start", "type": "add_column", "options": {"format": "DD.MM.YYYY", "include_time": false}, "table_id": 6, "column_id": 45, "column_type": "date"}, {"name": "Invoiced", "type": "add_column", "options": {"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 6, "column_id": 46, "column_type": "number"}, {"name": "Collected", "type": "add_column", "options": {"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 6, "column_id": 47, "column_type": "number"}, {"name": "AR at month end", "type": "add_column", "options": {"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 6, "column_id": 48, "column_type": "number"}, {"name": "Days in month", "type": "add_column", "options": {"max": null, "min": null, "format": "number", "decimal": null, "precision": 0, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}, "table_id": 6, "column_id": 49, "column_type": "number"}], "table_id": 6}, {"type": "modify_table", "position": 1.0, "table_id": 3}, {"type": "modify_table", "position": 2.0, "table_id": 5}, {"type": "modify_table", "position": 3.0, "table_id": 2}, {"type": "modify_table", "position": 4.0, "table_id": 4}, {"type": "modify_table", "position": 5.0, "table_id": 1}, {"type": "modify_table", "position": 6.0, "table_id": 6}, {"name": "Account manager", "type": "add_column", "options": {"side": "a", "link_id": 50, "view_id": null, "table_id": 1, "is_multiple": false, "other_column_id": 51}, "table_id": 2, "column_id": 50, "column_type": "link"}, {"name": "Customer", "type": "add_column", "options": {"side": "a", "link_id": 52, "view_id": null, "table_id": 2, "is_multiple": false, "other_column_id": 53}, "table_id": 3, "column_id": 52, "column_type": "link"}, {"name": "Invoice", "type": "add_column", "options": {"side": "a", "link_id": 54, "view_id": null, "table_id": 3, "is_multiple": false, "other_column_id": 55}, "table_id": 4, "column_id": 54, "column_type": "link"}, {"name": "Invoice", "type": "add_column", "options": {"side": "a", "link_id": 56, "view_id": null, "table_id": 3, "is_multiple": false, "other_column_id": 57}, "table_id": 5, "column_id": 56, "column_type": "link"}, {"name": "Cash amount", "type": "add_column", "options": {"format": "currency", "source": "ifs({#29} = ''Payment / Оплата'', {#31}, {#29} = ''Offset / Взаимозачёт'', {#31}, {#29} = ''Refund / Возврат'', -{#31}, true, 0)", "formula": "ifs({Type} = ''Payment / Оплата'', {Amount}, {Type} = ''Offset / Взаимозачёт'', {Amount}, {Type} = ''Refund / Возврат'', -{Amount}, true, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 4, "column_id": 58, "column_type": "formula"}, {"name": "Credit amount", "type": "add_column", "options": {"format": "currency", "source": "if({#29} = ''Credit note / Корректировка'', {#31}, 0)", "formula": "if({Type} = ''Credit note / Корректировка'', {Amount}, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 4, "column_id": 59, "column_type": "formula"}, {"name": "Write-off amount", "type": "add_column", "options": {"format": "currency", "source": "if({#29} = ''Write-off / Списание'', {#31}, 0)", "formula": "if({Type} = ''Write-off / Списание'', {Amount}, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 4, "column_id": 60, "column_type": "formula"}, {"name": "Unapplied", "type": "add_column", "options": {"format": "number", "source": "isblank({#54})", "formula": "isblank({Invoice})", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}, "table_id": 4, "column_id": 61, "column_type": "formula"}, {"name": "Manager", "type": "add_column", "options": {"format": "number", "column_id": 50, "precision": 2, "result_type": "text", "link_column_id": 52, "currency_symbol": "₽"}, "table_id": 3, "column_id": 62, "column_type": "lookup"}, {"name": "Paid", "type": "add_column", "options": {"format": "currency", "summary": "sum", "column_id": 58, "precision": 2, "result_type": "number", "link_column_id": 55, "currency_symbol": "₽"}, "table_id": 3, "column_id": 63, "column_type": "rollup"}, {"name": "Credited", "type": "add_column", "options": {"format": "currency", "summary": "sum", "column_id": 59, "precision": 2, "result_type": "number", "link_column_id": 55, "currency_symbol": "₽"}, "table_id": 3, "column_id": 64, "column_type": "rollup"}, {"name": "Written off", "type": "add_column", "options": {"format": "currency", "summary": "sum", "column_id": 60, "precision": 2, "result_type": "number", "link_column_id": 55, "currency_symbol": "₽"}, "table_id": 3, "column_id": 65, "column_type": "rollup"}, {"name": "Last payment date", "type": "add_column", "options": {"format": "number", "summary": "latest", "column_id": 30, "precision": 2, "result_type": "date", "link_column_id": 55, "currency_symbol": "₽"}, "table_id": 3, "column_id": 66, "column_type": "rollup"}, {"name": "Balance", "type": "add_column", "options": {"format": "currency", "source": "round({#19} - {#63} - {#64} - {#65}, 2)", "formula": "round({Total} - {Paid} - {Credited} - {Written off}, 2)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 3, "column_id": 67, "column_type": "formula"}, {"name": "Days overdue", "type": "add_column", "options": {"format": "number", "source": "if(and({#67} > 0, not({#23}), today() > {#18}), dateDif({#18}, today(), ''D''), 0)", "formula": "if(and({Balance} > 0, not({Cancelled}), today() > {Due date}), dateDif({Due date}, today(), ''D''), 0)", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 3, "column_id": 68, "column_type": "formula"}, {"name": "Days late at payment", "type": "add_column", "options": {"format": "number", "source": "if(and({#67} <= 0, not(isblank({#66}))), max(0, dateDif({#18}, {#66}, ''D'')), '''')", "formula": "if(and({Balance} <= 0, not(isblank({Last payment date}))), max(0, dateDif({Due date}, {Last payment date}, ''D'')), '''')", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 3, "column_id": 69, "column_type": "formula"}, {"name": "Days to due", "type": "add_column", "options": {"format": "number", "source": "if({#67} > 0, dateDif(today(), {#18}, ''D''), '''')", "formula": "if({Balance} > 0, dateDif(today(), {Due date}, ''D''), '''')", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 3, "column_id": 70, "column_type": "formula"}, {"name": "Aging bucket", "type": "add_column", "options": {"format": "number", "source": "ifs({#67} <= 0, ''Closed / Закрыт'', {#68} = 0, ''Current / Не просрочен'', {#68} <= 30, ''1–30'', {#68} <= 60, ''31–60'', {#68} <= 90, ''61–90'', true, ''90+'')", "formula": "ifs({Balance} <= 0, ''Closed / Закрыт'', {Days overdue} = 0, ''Current / Не просрочен'', {Days overdue} <= 30, ''1–30'', {Days overdue} <= 60, ''31–60'', {Days overdue} <= 90, ''61–90'', true, ''90+'')", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "text", "currency_symbol": "₽"}, "table_id": 3, "column_id": 71, "column_type": "formula"}, {"name": "Overdue amount", "type": "add_column", "options": {"format": "currency", "source": "if({#68} > 0, {#67}, 0)", "formula": "if({Days overdue} > 0, {Balance}, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 3, "column_id": 72, "column_type": "formula"}, {"name": "Promise status", "type": "add_column", "options": {"format": "number", "source": "ifs(isblank({#25}), '''', {#67} <= 0, ''Kept / Выполнено'', today() > {#25}, ''Broken / Нарушено'', true, ''Pending / Ожидается'')", "formula": "ifs(isblank({Promise date}), '''', {Balance} <= 0, ''Kept / Выполнено'', today() > {Promise date}, ''Broken / Нарушено'', true, ''Pending / Ожидается'')", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "text", "currency_symbol": "₽"}, "table_id": 3, "column_id": 73, "column_type": "formula"}, {"name": "Status", "type": "add_column", "options": {"format": "number", "source": "ifs({#23}, ''Cancelled / Аннулирован'', and({#65} > 0, {#67} <= 0), ''Written off / Списан'', {#67} <= 0, ''Paid / Оплачен'', and({#20}, {#67} > 0), ''Disputed / Спорный'', {#68} > 0, ''Overdue / Просрочен'', {#63} + {#64} > 0, ''Partially paid / Частично оплачен'', true, ''Open / Открыт'')", "formula": "ifs({Cancelled}, ''Cancelled / Аннулирован'', and({Written off} > 0, {Balance} <= 0), ''Written off / Списан'', {Balance} <= 0, ''Paid / Оплачен'', and({Disputed}, {Balance} > 0), ''Disputed / Спорный'', {Days overdue} > 0, ''Overdue / Просрочен'', {Paid} + {Credited} > 0, ''Partially paid / Частично оплачен'', true, ''Open / Открыт'')", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "text", "currency_symbol": "₽"}, "table_id": 3, "column_id": 74, "column_type": "formula"}, {"name": "Open balance", "type": "add_column", "options": {"format": "currency", "summary": "sum", "column_id": 67, "precision": 2, "result_type": "number", "link_column_id": 53, "currency_symbol": "₽"}, "table_id": 2, "column_id": 75, "column_type": "rollup"}, {"name": "Overdue balance", "type": "add_column", "options": {"format": "currency", "summary": "sum", "column_id": 72, "precision": 2, "result_type": "number", "link_column_id": 53, "currency_symbol": "₽"}, "table_id": 2, "column_id": 76, "column_type": "rollup"}, {"name": "Max days overdue", "type": "add_column", "options": {"format": "number", "summary": "max", "column_id": 68, "precision": 0, "result_type": "number", "link_column_id": 53, "currency_symbol": "₽"}, "table_id": 2, "column_id": 77, "column_type": "rollup"}, {"name": "Credit used", "type": "add_column", "options": {"format": "percent", "source": "if({#11} > 0, {#75} / {#11}, '''')", "formula": "if({Credit limit} > 0, {Open balance} / {Credit limit}, '''')", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 2, "column_id": 78, "column_type": "formula"}, {"name": "Over limit", "type": "add_column", "options": {"format": "number", "source": "and({#11} > 0, {#75} > {#11})", "formula": "and({Credit limit} > 0, {Open balance} > {Credit limit})", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}, "table_id": 2, "column_id": 79, "column_type": "formula"}, {"name": "Stop shipments", "type": "add_column", "options": {"format": "number", "source": "or({#79}, {#77} > 90)", "formula": "or({Over limit}, {Max days overdue} > 90)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}, "table_id": 2, "column_id": 80, "column_type": "formula"}, {"name": "Open balance", "type": "add_column", "options": {"format": "currency", "summary": "sum", "column_id": 75, "precision": 2, "result_type": "number", "link_column_id": 51, "currency_symbol": "₽"}, "table_id": 1, "column_id": 81, "column_type": "rollup"}, {"name": "Overdue balance", "type": "add_column", "options": {"format": "currency", "summary": "sum", "column_id": 76, "precision": 2, "result_type": "number", "link_column_id": 51, "currency_symbol": "₽"}, "table_id": 1, "column_id": 82, "column_type": "rollup"}, {"name": "Overdue share", "type": "add_column", "options": {"format": "percent", "source": "if({#81} > 0, {#82} / {#81}, 0)", "formula": "if({Open balance} > 0, {Overdue balance} / {Open balance}, 0)", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 1, "column_id": 83, "column_type": "formula"}, {"name": "Customer", "type": "add_column", "options": {"format": "number", "column_id": 52, "precision": 2, "result_type": "text", "link_column_id": 56, "currency_symbol": "₽"}, "table_id": 5, "column_id": 84, "column_type": "lookup"}, {"name": "Task overdue", "type": "add_column", "options": {"format": "number", "source": "and({#41} != ''Done / Выполнено'', {#41} != ''Cancelled / Отменено'', today() > {#40})", "formula": "and({Status} != ''Done / Выполнено'', {Status} != ''Cancelled / Отменено'', today() > {Due date})", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}, "table_id": 5, "column_id": 85, "column_type": "formula"}, {"name": "DSO, days", "type": "add_column", "options": {"format": "number", "source": "if({#46} > 0, round({#48} / {#46} * {#49}, 1), '''')", "formula": "if({Invoiced} > 0, round({AR at month end} / {Invoiced} * {Days in month}, 1), '''')", "precision": 1, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}, "table_id": 6, "column_id": 86, "column_type": "formula"}, {"raw": true, "rows": [{"_id": "Kj_oVovoEzI76bIFiOFwEA", "cells": {"c_1": "Анна Смирнова", "c_2": [1], "c_3": "5daf2c", "c_4": "manager1@example.ru", "c_5": "+7 495 555-01-10"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 1.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qUPUqoUjdB0BD_N4reenJg", "cells": {"c_1": "Пётр Орлов", "c_3": "5daf2c", "c_4": "manager2@example.ru", "c_5": "+7 495 555-01-11"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 2.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0dp0EhnY_cycqdsCiKr7AA", "cells": {"c_1": "Ольга Ким", "c_3": "5daf2c", "c_4": "manager3@example.ru", "c_5": "+7 495 555-01-12"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 3.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Af3mBgvBNbDJdvoP7gJPnQ", "cells": {"c_1": "Дмитрий Волков", "c_3": "eaed92", "c_4": "manager4@example.ru", "c_5": "+7 495 555-01-13"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 4.0, "_creator": 1, "_last_modifier": 1}], "type": "insert_rows", "table_id": 1}, {"raw": true, "rows": [{"_id": "XPLtp9lOY6peNi67fiGofQ", "cells": {"c_6": "ООО «Ромашка»", "c_7": "1588139984", "c_8": "775401001", "c_9": "30a22d", "c_10": 60.0, "c_11": 5000000.0, "c_12": "Сергей Новиков", "c_13": "buh1@client1.ru", "c_14": "+7 812 600-10-20"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 1.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JAhpoo55DCRi34mijk2pkQ", "cells": {"c_6": "АО «Северсталь-Трейд»", "c_7": "3091141700", "c_8": "778801001", "c_9": "30a22d", "c_10": 45.0, "c_11": 2000000.0, "c_12": "Игорь Соколов", "c_13": "buh2@client2.ru", "c_14": "+7 812 600-11-21"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 2.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2S5sq0yN1XZr1m99dxM5rg", "cells": {"c_6": "ИП Иванов А. А.", "c_7": "6455681516", "c_8": "777201001", "c_9": "5b0587", "c_10": 60.0, "c_11": 2000000.0, "c_12": "Мария Лебедева", "c_13": "buh3@client3.ru", "c_14": "+7 812 600-12-22"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 3.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FFH1RX-AAwK_wUuOkSFAnQ", "cells": {"c_6": "ООО «ТехноПром»", "c_7": "7294055764", "c_8": "771201001", "c_9": "7c161f", "c_10": 45.0, "c_11": 5000000.0, "c_12": "Елена Петрова", "c_13": "buh4@client4.ru", "c_14": "+7 812 600-13-23"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 4.0, "_creator": 1, "_last_modifier": 1}, {"_id": "w0DOedfgBstcSIXT_z1URg", "cells": {"c_6": "ООО «Вектор»", "c_7": "6897684697", "c_8": "776201001", "c_9": "7c161f", "c_10": 60.0, "c_11": 500000.0, "c_12": "Игорь Соколов", "c_13": "buh5@client5.ru", "c_14": "+7 812 600-14-24"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 5.0, "_creator": 1, "_last_modifier": 1}, {"_id": "d0MmMDp62sPvW5Nx1tW3VA", "cells": {"c_6": "АО «Балтика-Снаб»", "c_7": "2081967277", "c_8": "773001001", "c_9": "30a22d", "c_10": 14.0, "c_11": 5000000.0, "c_12": "Сергей Новиков", "c_13": "buh6@client6.ru", "c_14": "+7 812 600-15-25"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 6.0, "_creator": 1, "_last_modifier": 1}, {"_id": "SgGVD40Bk36m9K3ljah-_w", "cells": {"c_6": "ООО «СтройМаркет»", "c_7": "8486488763", "c_8": "775601001", "c_9": "7c161f", "c_10": 30.0, "c_11": 2000000.0, "c_12": "Мария Лебедева", "c_13": "buh7@client7.ru", "c_14": "+7 812 600-16-26"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 7.0, "_creator": 1, "_last_modifier": 1}, {"_id": "M64qEdMamrfSNA1GTkwUrg", "cells": {"c_6": "ООО «Агроинвест»", "c_7": "0029787535", "c_8": "773401001", "c_9": "218a0e", "c_10": 45.0, "c_11": 5000000.0, "c_12": "Сергей Новиков", "c_13": "buh8@client8.ru", "c_14": "+7 812 600-17-27"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 8.0, "_creator": 1, "_last_modifier": 1}, {"_id": "KYbLieevA80Y-dr0lRLSrA", "cells": {"c_6": "ООО «ЛогистикПлюс»", "c_7": "6804571781", "c_8": "773401001", "c_9": "7c161f", "c_10": 45.0, "c_11": 1000000.0, "c_12": "Сергей Новиков", "c_13": "buh9@client9.ru", "c_14": "+7 812 600-18-28"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 9.0, "_creator": 1, "_last_modifier": 1}, {"_id": "UVcWG_FyWSEj4PKmyOS3mg", "cells": {"c_6": "ЗАО «Уралхим-Сбыт»", "c_7": "7147513621", "c_8": "775801001", "c_9": "30a22d", "c_10": 14.0, "c_11": 500000.0, "c_12": "Елена Петрова", "c_13": "buh10@client10.ru", "c_14": "+7 812 600-19-29"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 10.0, "_creator": 1, "_last_modifier": 1}, {"_id": "pMMSjAmIcqWoatLXjQ_Z9w", "cells": {"c_6": "ООО «Медтехника»", "c_7": "7981933199", "c_8": "770601001", "c_9": "7c161f", "c_10": 60.0, "c_11": 2000000.0, "c_12": "Мария Лебедева", "c_13": "buh11@client11.ru", "c_14": "+7 812 600-20-30"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 11.0, "_creator": 1, "_last_modifier": 1}, {"_id": "a7KdZGcBJwSCyYJOR_mY1A", "cells": {"c_6": "ООО «Интерьер-Центр»", "c_7": "2059972835", "c_8": "776101001", "c_9": "218a0e", "c_10": 60.0, "c_11": 1000000.0, "c_12": "Мария Лебедева", "c_13": "buh12@client12.ru", "c_14": "+7 812 600-21-31"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 12.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_rccd15ELGIGdixvVWUDzQ", "cells": {"c_6": "ООО «Сибирский лес»", "c_7": "1622948667", "c_8": "772001001", "c_9": "7c161f", "c_10": 60.0, "c_11": 1000000.0, "c_12": "Сергей Новиков", "c_13": "buh13@client13.ru", "c_14": "+7 812 600-22-32"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 13.0, "_creator": 1, "_last_modifier": 1}, {"_id": "oqXV-KQ6BNG3Kg_393WvXQ", "cells": {"c_6": "ООО «Волга-Опт»", "c_7": "0161055000", "c_8": "776601001", "c_9": "7c161f", "c_10": 45.0, "c_11": 2000000.0, "c_12": "Мария Лебедева", "c_13": "buh14@client14.ru", "c_14": "+7 812 600-23-33"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 14.0, "_creator": 1, "_last_modifier": 1}, {"_id": "LQ-Qy9HD0bcecTAvIr1cZg", "cells": {"c_6": "ПАО «Энергосбыт-Юг»", "c_7": "7517799223", "c_8": "777601001", "c_9": "30a22d", "c_10": 60.0, "c_11": 1000000.0, "c_12": "Сергей Новиков", "c_13": "buh15@client15.ru", "c_14": "+7 812 600-24-34"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 15.0, "_creator": 1, "_last_modifier": 1}, {"_id": "q5sj4DcCpmfSNVLazkb7Zg", "cells": {"c_6": "ООО «Кондитер»", "c_7": "9579318607", "c_8": "772601001", "c_9": "7c161f", "c_10": 30.0, "c_11": 500000.0, "c_12": "Елена Петрова", "c_13": "buh16@client16.ru", "c_14": "+7 812 600-25-35"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 16.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Db3JQglmW9isy1Ef1Inozw", "cells": {"c_6": "ООО «АвтоДеталь»", "c_7": "7370283821", "c_8": "772101001", "c_9": "218a0e", "c_10": 30.0, "c_11": 5000000.0, "c_12": "Мария Лебедева", "c_13": "buh17@client17.ru", "c_14": "+7 812 600-26-36"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 17.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wgrWHBmwVj737qFTogZpBw", "cells": {"c_6": "ООО «Фармасистемы»", "c_7": "6861642527", "c_8": "773401001", "c_9": "7c161f", "c_10": 45.0, "c_11": 5000000.0, "c_12": "Сергей Новиков", "c_13": "buh18@client18.ru", "c_14": "+7 812 600-27-37"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 18.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZFx4HiF6uABUy3Y4rj8zNg", "cells": {"c_6": "ООО «Печатный двор»", "c_7": "4725877188", "c_8": "776801001", "c_9": "5b0587", "c_10": 30.0, "c_11": 500000.0, "c_12": "Игорь Соколов", "c_13": "buh19@client19.ru", "c_14": "+7 812 600-28-38"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 19.0, "_creator": 1, "_last_modifier": 1}, {"_id": "V6u6257aY2F-1py4yw22VA", "cells": {"c_6": "ООО «Северный ветер»", "c_7": "3017568206", "c_8": "774601001", "c_9": "7c161f", "c_10": 30.0, "c_11": 2000000.0, "c_12": "Игорь Соколов", "c_13": "buh20@client20.ru", "c_14": "+7 812 600-29-39"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 20.0, "_creator": 1, "_last_modifier": 1}, {"_id": "h_3fQStmnY7mbAkhtuPsdA", "cells": {"c_6": "ООО «Меридиан»", "c_7": "1948939499", "c_8": "773501001", "c_9": "7c161f", "c_10": 60.0, "c_11": 1000000.0, "c_12": "Елена Петрова", "c_13": "buh21@client21.ru", "c_14": "+7 812 600-30-40"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 21.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zmh2wEjnwZl00APHA6fi7g", "cells": {"c_6": "ООО «Зелёная долина»", "c_7": "4162105212", "c_8": "776501001", "c_9": "218a0e", "c_10": 30.0, "c_11": 2000000.0, "c_12": "Елена Петрова", "c_13": "buh22@client22.ru", "c_14": "+7 812 600-31-41"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 22.0, "_creator": 1, "_last_modifier": 1}, {"_id": "jeEGGs-9oeMtzp6JtGLDdA", "cells": {"c_6": "АО «Камский металл»", "c_7": "4524410643", "c_8": "775401001", "c_9": "30a22d", "c_10": 14.0, "c_11": 500000.0, "c_12": "Елена Петрова", "c_13": "buh23@client23.ru", "c_14": "+7 812 600-32-42"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 23.0, "_creator": 1, "_last_modifier": 1}, {"_id": "o9tjzfmKOoS8MqxozlC8Kg", "cells": {"c_6": "ООО «Офис-Комплект»", "c_7": "3041189551", "c_8": "775901001", "c_9": "7c161f", "c_10": 60.0, "c_11": 500000.0, "c_12": "Сергей Новиков", "c_13": "buh24@client24.ru", "c_14": "+7 812 600-33-43"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 24.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rCSkqBih5xHXTUl7kT8VFw", "cells": {"c_6": "ООО «Дон-Агро»", "c_7": "5939761584", "c_8": "778801001", "c_9": "7c161f", "c_10": 30.0, "c_11": 5000000.0, "c_12": "Мария Лебедева", "c_13": "buh25@client25.ru", "c_14": "+7 812 600-34-44"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 25.0, "_creator": 1, "_last_modifier": 1}, {"_id": "L6Jkqp3LL2d6q3oW478r2g", "cells": {"c_6": "ООО «Бизнес-Софт»", "c_7": "5060454142", "c_8": "779901001", "c_9": "218a0e", "c_10": 45.0, "c_11": 2000000.0, "c_12": "Елена Петрова", "c_13": "buh26@client26.ru", "c_14": "+7 812 600-35-45"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 26.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HZdx3yS7PPspwZNt0sQlNA", "cells": {"c_6": "ООО «Алтай-Мёд»", "c_7": "8538012914", "c_8": "771601001", "c_9": "5b0587", "c_10": 14.0, "c_11": 1000000.0, "c_12": "Мария Лебедева", "c_13": "buh27@client27.ru", "c_14": "+7 812 600-36-46"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 27.0, "_creator": 1, "_last_modifier": 1}, {"_id": "gC5cKqV85BS318qGPeqm5Q", "cells": {"c_6": "ООО «ТрансСервис»", "c_7": "9406925660", "c_8": "774901001", "c_9": "7c161f", "c_10": 30.0, "c_11": 5000000.0, "c_12": "Игорь Соколов", "c_13": "buh28@client28.ru", "c_14": "+7 812 600-37-47"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 28.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DgZjV3RDrTs-T2MZhXCYfA", "cells": {"c_6": "ООО «Невская упаковка»", "c_7": "2280886424", "c_8": "773001001", "c_9": "7c161f", "c_10": 14.0, "c_11": 500000.0, "c_12": "Мария Лебедева", "c_13": "buh29@client29.ru", "c_14": "+7 812 600-38-48"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 29.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fRYhmEsmBtW5DhtJf1R2qg", "cells": {"c_6": "ООО «Полимер-Групп»", "c_7": "8764529128", "c_8": "777101001", "c_9": "30a22d", "c_10": 14.0, "c_11": 2000000.0, "c_12": "Мария Лебедева", "c_13": "buh30@client30.ru", "c_14": "+7 812 600-39-49"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 30.0, "_creator": 1, "_last_modifier": 1}], "type": "insert_rows", "table_id": 2}, {"raw": true, "rows": [{"_id": "0TrIt2lluK-SnaMy5XYFxw", "cells": {"c_15": "СЧ-2026-0001", "c_17": {"$dt": "2026-07-27T00:00:00"}, "c_18": {"$dt": "2026-09-25T00:00:00"}, "c_19": 909100.0, "c_23": true, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 1.0, "_creator": 1, "_last_modifier": 1}, {"_id": "e096yrLdClJn9i7lfAsYew", "cells": {"c_15": "СЧ-2026-0002", "c_16": [1], "c_17": {"$dt": "2026-06-09T00:00:00"}, "c_18": {"$dt": "2026-08-08T00:00:00"}, "c_19": 1171800.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 2.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VoouMuEAZDeiB0d33ftE8g", "cells": {"c_15": "СЧ-2026-0003", "c_17": {"$dt": "2026-08-08T00:00:00"}, "c_18": {"$dt": "2026-09-22T00:00:00"}, "c_19": 1078000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 3.0, "_creator": 1, "_last_modifier": 1}, {"_id": "jBbMwXkO77EMjHkdvE_bVA", "cells": {"c_15": "СЧ-2026-0004", "c_17": {"$dt": "2026-11-07T00:00:00"}, "c_18": {"$dt": "2026-12-07T00:00:00"}, "c_19": 847300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 4.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MlRw7j9HUaleLENFOFrFBg", "cells": {"c_15": "СЧ-2026-0005", "c_17": {"$dt": "2026-11-09T00:00:00"}, "c_18": {"$dt": "2026-12-09T00:00:00"}, "c_19": 1022000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 5.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8zpSucn1tIp1nWs4KEsyIQ", "cells": {"c_15": "СЧ-2026-0006", "c_17": {"$dt": "2026-11-11T00:00:00"}, "c_18": {"$dt": "2026-12-11T00:00:00"}, "c_19": 799200.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 6.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_MCmIlWpvrD0HLsHxnklbg", "cells": {"c_15": "СЧ-2026-0007", "c_17": {"$dt": "2026-09-24T00:00:00"}, "c_18": {"$dt": "2026-10-08T00:00:00"}, "c_19": 364900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 7.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DOJZsZeiBK8L0cO-HQJVzg", "cells": {"c_15": "СЧ-2026-0008", "c_17": {"$dt": "2026-09-07T00:00:00"}, "c_18": {"$dt": "2026-10-22T00:00:00"}, "c_19": 977400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 8.0, "_creator": 1, "_last_modifier": 1}, {"_id": "3S1URnl-8730ddWMTgp1sg", "cells": {"c_15": "СЧ-2026-0009", "c_17": {"$dt": "2026-09-18T00:00:00"}, "c_18": {"$dt": "2026-10-02T00:00:00"}, "c_19": 653800.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 9.0, "_creator": 1, "_last_modifier": 1}, {"_id": "mzmoC16bxzILVaszU4WOpg", "cells": {"c_15": "СЧ-2026-0010", "c_16": [1], "c_17": {"$dt": "2026-06-04T00:00:00"}, "c_18": {"$dt": "2026-07-04T00:00:00"}, "c_19": 101700.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 10.0, "_creator": 1, "_last_modifier": 1}, {"_id": "d645sWHMfivkg9fQbOdGYw", "cells": {"c_15": "СЧ-2026-0011", "c_17": {"$dt": "2026-07-11T00:00:00"}, "c_18": {"$dt": "2026-09-09T00:00:00"}, "c_19": 424000.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 11.0, "_creator": 1, "_last_modifier": 1}, {"_id": "EcUnA0ekEHjOInEuR3VSwQ", "cells": {"c_15": "СЧ-2026-0012", "c_17": {"$dt": "2026-06-05T00:00:00"}, "c_18": {"$dt": "2026-06-19T00:00:00"}, "c_19": 793600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 12.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ru2raWujQgQNFd9HaXhCvQ", "cells": {"c_15": "СЧ-2026-0013", "c_17": {"$dt": "2026-07-09T00:00:00"}, "c_18": {"$dt": "2026-08-23T00:00:00"}, "c_19": 467200.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 13.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ic5QtenTdn1C1adrJSIDpA", "cells": {"c_15": "СЧ-2026-0014", "c_17": {"$dt": "2026-11-01T00:00:00"}, "c_18": {"$dt": "2026-12-31T00:00:00"}, "c_19": 680100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 14.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6rwOfFoUwcklfBy0IiESTg", "cells": {"c_15": "СЧ-2026-0015", "c_17": {"$dt": "2026-06-07T00:00:00"}, "c_18": {"$dt": "2026-07-22T00:00:00"}, "c_19": 405100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 15.0, "_creator": 1, "_last_modifier": 1}, {"_id": "oJTSSc5skmsO-t5b_lkeiA", "cells": {"c_15": "СЧ-2026-0016", "c_17": {"$dt": "2026-12-05T00:00:00"}, "c_18": {"$dt": "2026-12-19T00:00:00"}, "c_19": 331500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 16.0, "_creator": 1, "_last_modifier": 1}, {"_id": "vGUUSdxeuIIOLTSf74V53Q", "cells": {"c_15": "СЧ-2026-0017", "c_16": [1], "c_17": {"$dt": "2026-08-08T00:00:00"}, "c_18": {"$dt": "2026-09-07T00:00:00"}, "c_19": 1023800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 17.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7k_sQTqtk3snSx-EH0G35Q", "cells": {"c_15": "СЧ-2026-0018", "c_17": {"$dt": "2026-08-12T00:00:00"}, "c_18": {"$dt": "2026-09-26T00:00:00"}, "c_19": 625200.0, "c_22": true, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 18.0, "_creator": 1, "_last_modifier": 1}, {"_id": "BV3y0CSYjqE90Hskda73mA", "cells": {"c_15": "СЧ-2026-0019", "c_17": {"$dt": "2026-08-11T00:00:00"}, "c_18": {"$dt": "2026-09-25T00:00:00"}, "c_19": 259500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 19.0, "_creator": 1, "_last_modifier": 1}, {"_id": "nd8NIpUvAykPSYxgmNRMwA", "cells": {"c_15": "СЧ-2026-0020", "c_17": {"$dt": "2026-07-20T00:00:00"}, "c_18": {"$dt": "2026-08-03T00:00:00"}, "c_19": 885100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 20.0, "_creator": 1, "_last_modifier": 1}, {"_id": "tKX_coSwd8bFhhA7sDHreQ", "cells": {"c_15": "СЧ-2026-0021", "c_17": {"$dt": "2026-08-07T00:00:00"}, "c_18": {"$dt": "2026-09-06T00:00:00"}, "c_19": 317600.0, "c_20": true, "c_21": "423fe6", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 21.0, "_creator": 1, "_last_modifier": 1}, {"_id": "gA1yrd4_jSd7Ff7pKZHrIQ", "cells": {"c_15": "СЧ-2026-0022", "c_17": {"$dt": "2026-05-28T00:00:00"}, "c_18": {"$dt": "2026-06-11T00:00:00"}, "c_19": 567300.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 22.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Ohycdumfc-dkEEELg3SuDw", "cells": {"c_15": "СЧ-2026-0023", "c_17": {"$dt": "2026-06-16T00:00:00"}, "c_18": {"$dt": "2026-07-16T00:00:00"}, "c_19": 645700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 23.0, "_creator": 1, "_last_modifier": 1}, {"_id": "35A5u3vV_IG6ofEFEcQ_Pg", "cells": {"c_15": "СЧ-2026-0024", "c_16": [1], "c_17": {"$dt": "2026-09-17T00:00:00"}, "c_18": {"$dt": "2026-10-17T00:00:00"}, "c_19": 797800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 24.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dSrKOAFGfwKBhFZ-gfQPIg", "cells": {"c_15": "СЧ-2026-0025", "c_17": {"$dt": "2026-11-10T00:00:00"}, "c_18": {"$dt": "2027-01-09T00:00:00"}, "c_19": 1111700.0, "c_20": true, "c_21": "733ba7", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 25.0, "_creator": 1, "_last_modifier": 1}, {"_id": "C-5Gbnf27S5VUTqOg0nR7w", "cells": {"c_15": "СЧ-2026-0026", "c_17": {"$dt": "2026-07-26T00:00:00"}, "c_18": {"$dt": "2026-08-25T00:00:00"}, "c_19": 164900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 26.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5nNqZkeQi_1i8lfL2NJx9w", "cells": {"c_15": "СЧ-2026-0027", "c_17": {"$dt": "2026-06-05T00:00:00"}, "c_18": {"$dt": "2026-07-05T00:00:00"}, "c_19": 653800.0, "c_24": "dfcd07", "c_25": {"$dt": "2026-12-06T00:00:00"}, "c_26": 653800.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 27.0, "_creator": 1, "_last_modifier": 1}, {"_id": "oRoOcWuzVBvfcmlGKgcVkw", "cells": {"c_15": "СЧ-2026-0028", "c_17": {"$dt": "2026-11-02T00:00:00"}, "c_18": {"$dt": "2026-11-16T00:00:00"}, "c_19": 332100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 28.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2LMjpkiBeTL91zCSqYG_HA", "cells": {"c_15": "СЧ-2026-0029", "c_16": [1], "c_17": {"$dt": "2026-10-29T00:00:00"}, "c_18": {"$dt": "2026-11-28T00:00:00"}, "c_19": 505500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 29.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DX-uIIC22tGcolRMCTMK3A", "cells": {"c_15": "СЧ-2026-0030", "c_17": {"$dt": "2026-06-16T00:00:00"}, "c_18": {"$dt": "2026-08-15T00:00:00"}, "c_19": 900400.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 30.0, "_creator": 1, "_last_modifier": 1}, {"_id": "nskF4Gr1bV1ytHHl5zqwwg", "cells": {"c_15": "СЧ-2026-0031", "c_17": {"$dt": "2026-10-03T00:00:00"}, "c_18": {"$dt": "2026-10-17T00:00:00"}, "c_19": 404600.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 31.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Ku0tydEuKdh01pJJTBcOuA", "cells": {"c_15": "СЧ-2026-0032", "c_17": {"$dt": "2026-10-28T00:00:00"}, "c_18": {"$dt": "2026-12-27T00:00:00"}, "c_19": 650000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 32.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ekFmwdgaPyxpr1PWPINK5w", "cells": {"c_15": "СЧ-2026-0033", "c_17": {"$dt": "2026-06-10T00:00:00"}, "c_18": {"$dt": "2026-08-09T00:00:00"}, "c_19": 262900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 33.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qi6rLw0wAMksCzN1dV3MjA", "cells": {"c_15": "СЧ-2026-0034", "c_16": [1], "c_17": {"$dt": "2026-07-01T00:00:00"}, "c_18": {"$dt": "2026-07-31T00:00:00"}, "c_19": 830200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 34.0, "_creator": 1, "_last_modifier": 1}, {"_id": "LiAYh20ndJZHQKUVPF1Q0A", "cells": {"c_15": "СЧ-2026-0035", "c_16": [1], "c_17": {"$dt": "2026-06-01T00:00:00"}, "c_18": {"$dt": "2026-06-15T00:00:00"}, "c_19": 447800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 35.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5wK-MMYWBhzx8mI6VfbIhA", "cells": {"c_15": "СЧ-2026-0036", "c_17": {"$dt": "2026-08-13T00:00:00"}, "c_18": {"$dt": "2026-10-12T00:00:00"}, "c_19": 462200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 36.0, "_creator": 1, "_last_modifier": 1}, {"_id": "i_LUMPOX6dIjU11M0HSDKA", "cells": {"c_15": "СЧ-2026-0037", "c_17": {"$dt": "2026-07-26T00:00:00"}, "c_18": {"$dt": "2026-09-09T00:00:00"}, "c_19": 987800.0, "c_22": true, "c_24": "d2dd88", "c_25": {"$dt": "2026-12-13T00:00:00"}, "c_26": 987800.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 37.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6IKhXtnHs27_gyx6y0zqLg", "cells": {"c_15": "СЧ-2026-0038", "c_16": [1], "c_17": {"$dt": "2026-11-10T00:00:00"}, "c_18": {"$dt": "2026-12-10T00:00:00"}, "c_19": 472700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 38.0, "_creator": 1, "_last_modifier": 1}, {"_id": "P0MZlSMpYos9DrAu-aOT_w", "cells": {"c_15": "СЧ-2026-0039", "c_17": {"$dt": "2026-11-03T00:00:00"}, "c_18": {"$dt": "2027-01-02T00:00:00"}, "c_19": 46500.0, "c_20": true, "c_21": "e6dfd0", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 39.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uPBdO5nTc2U2fn76SeH2Pg", "cells": {"c_15": "СЧ-2026-0040", "c_17": {"$dt": "2026-05-29T00:00:00"}, "c_18": {"$dt": "2026-07-28T00:00:00"}, "c_19": 728300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 40.0, "_creator": 1, "_last_modifier": 1}, {"_id": "mHe9152Xat0d4pIT8qGcAA", "cells": {"c_15": "СЧ-2026-0041", "c_17": {"$dt": "2026-11-27T00:00:00"}, "c_18": {"$dt": "2027-01-11T00:00:00"}, "c_19": 594400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 41.0, "_creator": 1, "_last_modifier": 1}, {"_id": "B-4P2u1ntMSB5owqQLjJng", "cells": {"c_15": "СЧ-2026-0042", "c_16": [1], "c_17": {"$dt": "2026-07-25T00:00:00"}, "c_18": {"$dt": "2026-08-24T00:00:00"}, "c_19": 34400.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 42.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HNf1lhdTmRgV6__Vpra_Kg", "cells": {"c_15": "СЧ-2026-0043", "c_17": {"$dt": "2026-09-30T00:00:00"}, "c_18": {"$dt": "2026-11-29T00:00:00"}, "c_19": 923900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 43.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wGBWNpD72JnCeVTrMLO8CA", "cells": {"c_15": "СЧ-2026-0044", "c_17": {"$dt": "2026-07-25T00:00:00"}, "c_18": {"$dt": "2026-08-08T00:00:00"}, "c_19": 159800.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 44.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bweXQ3sIcAa_qBE8pE5MLA", "cells": {"c_15": "СЧ-2026-0045", "c_16": [1], "c_17": {"$dt": "2026-10-06T00:00:00"}, "c_18": {"$dt": "2026-12-05T00:00:00"}, "c_19": 248000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 45.0, "_creator": 1, "_last_modifier": 1}, {"_id": "YoRUWiexnIRMqENK-OK5Xw", "cells": {"c_15": "СЧ-2026-0046", "c_17": {"$dt": "2026-06-29T00:00:00"}, "c_18": {"$dt": "2026-07-13T00:00:00"}, "c_19": 966600.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 46.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0oxvWU_XvF9jJohXgOAfDg", "cells": {"c_15": "СЧ-2026-0047", "c_17": {"$dt": "2026-10-20T00:00:00"}, "c_18": {"$dt": "2026-11-03T00:00:00"}, "c_19": 785800.0, "c_20": true, "c_21": "e6dfd0", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 47.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DJD0GKLa6Ga64ntbr8v1wg", "cells": {"c_15": "СЧ-2026-0048", "c_17": {"$dt": "2026-06-25T00:00:00"}, "c_18": {"$dt": "2026-07-25T00:00:00"}, "c_19": 66700.0, "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 48.0, "_creator": 1, "_last_modifier": 1}, {"_id": "l484zpjE4JxLX741-p6Lhg", "cells": {"c_15": "СЧ-2026-0049", "c_17": {"$dt": "2026-07-23T00:00:00"}, "c_18": {"$dt": "2026-09-06T00:00:00"}, "c_19": 480700.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 49.0, "_creator": 1, "_last_modifier": 1}, {"_id": "pdDSpC5F7rB5swiUBpP7_A", "cells": {"c_15": "СЧ-2026-0050", "c_16": [1], "c_17": {"$dt": "2026-09-27T00:00:00"}, "c_18": {"$dt": "2026-11-26T00:00:00"}, "c_19": 1180500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 50.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VqXRrsABCAFXSPxJSj104A", "cells": {"c_15": "СЧ-2026-0051", "c_17": {"$dt": "2026-08-08T00:00:00"}, "c_18": {"$dt": "2026-08-22T00:00:00"}, "c_19": 1046600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 51.0, "_creator": 1, "_last_modifier": 1}, {"_id": "W4eBMCmTpmk9Pc5mJB-nYQ", "cells": {"c_15": "СЧ-2026-0052", "c_17": {"$dt": "2026-08-22T00:00:00"}, "c_18": {"$dt": "2026-10-21T00:00:00"}, "c_19": 809900.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 52.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zYPTcBoAmKKSbUG1GcXcBg", "cells": {"c_15": "СЧ-2026-0053", "c_16": [1], "c_17": {"$dt": "2026-06-16T00:00:00"}, "c_18": {"$dt": "2026-07-16T00:00:00"}, "c_19": 1192700.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 53.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rlI75qdMFSEmOPMf9gtAXg", "cells": {"c_15": "СЧ-2026-0054", "c_17": {"$dt": "2026-07-05T00:00:00"}, "c_18": {"$dt": "2026-07-19T00:00:00"}, "c_19": 1146100.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 54.0, "_creator": 1, "_last_modifier": 1}, {"_id": "AMgozNnTP8FZ2MF2hWamWg", "cells": {"c_15": "СЧ-2026-0055", "c_17": {"$dt": "2026-12-02T00:00:00"}, "c_18": {"$dt": "2027-01-16T00:00:00"}, "c_19": 541500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 55.0, "_creator": 1, "_last_modifier": 1}, {"_id": "A_iGJjLbgLqUhe4QvSn_pw", "cells": {"c_15": "СЧ-2026-0056", "c_17": {"$dt": "2026-09-15T00:00:00"}, "c_18": {"$dt": "2026-10-30T00:00:00"}, "c_19": 541000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 56.0, "_creator": 1, "_last_modifier": 1}, {"_id": "sGLTQbt3Sl0R9JopM92PQw", "cells": {"c_15": "СЧ-2026-0057", "c_17": {"$dt": "2026-08-15T00:00:00"}, "c_18": {"$dt": "2026-09-29T00:00:00"}, "c_19": 891500.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 57.0, "_creator": 1, "_last_modifier": 1}, {"_id": "UVZT6wrePiefz3LoplPbDA", "cells": {"c_15": "СЧ-2026-0058", "c_16": [1], "c_17": {"$dt": "2026-10-11T00:00:00"}, "c_18": {"$dt": "2026-12-10T00:00:00"}, "c_19": 1043100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 58.0, "_creator": 1, "_last_modifier": 1}, {"_id": "s_PcB3ZzGL_hLMqb0kAjOQ", "cells": {"c_15": "СЧ-2026-0059", "c_17": {"$dt": "2026-07-23T00:00:00"}, "c_18": {"$dt": "2026-09-21T00:00:00"}, "c_19": 482600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 59.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xCDKODofdlQFWpmnLDnLeg", "cells": {"c_15": "СЧ-2026-0060", "c_17": {"$dt": "2026-07-01T00:00:00"}, "c_18": {"$dt": "2026-08-30T00:00:00"}, "c_19": 992400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 60.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cbd2oMZPi2h5u7t67SED2A", "cells": {"c_15": "СЧ-2026-0061", "c_17": {"$dt": "2026-07-08T00:00:00"}, "c_18": {"$dt": "2026-08-22T00:00:00"}, "c_19": 623900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 61.0, "_creator": 1, "_last_modifier": 1}, {"_id": "BMErYZvKIx5FQK9Lh3NO9g", "cells": {"c_15": "СЧ-2026-0062", "c_17": {"$dt": "2026-07-31T00:00:00"}, "c_18": {"$dt": "2026-08-30T00:00:00"}, "c_19": 430000.0, "c_22": true, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 62.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uUKyOGvlRc74MrKj6E0GcA", "cells": {"c_15": "СЧ-2026-0063", "c_17": {"$dt": "2026-09-05T00:00:00"}, "c_18": {"$dt": "2026-09-19T00:00:00"}, "c_19": 1027200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 63.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dESSp5RcCK6xb_8aPOFPUg", "cells": {"c_15": "СЧ-2026-0064", "c_16": [1], "c_17": {"$dt": "2026-07-02T00:00:00"}, "c_18": {"$dt": "2026-08-01T00:00:00"}, "c_19": 481400.0, "c_22": true, "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 64.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0Yt_G0pnDF7EO3cvYmD5lA", "cells": {"c_15": "СЧ-2026-0065", "c_17": {"$dt": "2026-07-07T00:00:00"}, "c_18": {"$dt": "2026-09-05T00:00:00"}, "c_19": 426200.0, "c_22": true, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 65.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bNT9hC-GH0ghNdQAKybdhw", "cells": {"c_15": "СЧ-2026-0066", "c_17": {"$dt": "2026-11-10T00:00:00"}, "c_18": {"$dt": "2027-01-09T00:00:00"}, "c_19": 994700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 66.0, "_creator": 1, "_last_modifier": 1}, {"_id": "EYvd8_qtPnZ0gcPNi5S8Fg", "cells": {"c_15": "СЧ-2026-0067", "c_17": {"$dt": "2026-10-08T00:00:00"}, "c_18": {"$dt": "2026-12-07T00:00:00"}, "c_19": 192000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 67.0, "_creator": 1, "_last_modifier": 1}, {"_id": "jGjbO7IhIUwD5CphY9IWYQ", "cells": {"c_15": "СЧ-2026-0068", "c_16": [1], "c_17": {"$dt": "2026-06-15T00:00:00"}, "c_18": {"$dt": "2026-08-14T00:00:00"}, "c_19": 564600.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 68.0, "_creator": 1, "_last_modifier": 1}, {"_id": "A-lgbQaIRrw7Wm1RS6kesg", "cells": {"c_15": "СЧ-2026-0069", "c_17": {"$dt": "2026-10-22T00:00:00"}, "c_18": {"$dt": "2026-12-06T00:00:00"}, "c_19": 522400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 69.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Hb5lUsTBEK0A36ofRg1Wdg", "cells": {"c_15": "СЧ-2026-0070", "c_16": [1], "c_17": {"$dt": "2026-11-01T00:00:00"}, "c_18": {"$dt": "2026-12-31T00:00:00"}, "c_19": 729000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 70.0, "_creator": 1, "_last_modifier": 1}, {"_id": "djkyux2HXRvEJbib9FK01A", "cells": {"c_15": "СЧ-2026-0071", "c_17": {"$dt": "2026-11-11T00:00:00"}, "c_18": {"$dt": "2026-12-26T00:00:00"}, "c_19": 838400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 71.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_3akoUxWituXmw-7zkrUDA", "cells": {"c_15": "СЧ-2026-0072", "c_17": {"$dt": "2026-08-20T00:00:00"}, "c_18": {"$dt": "2026-10-19T00:00:00"}, "c_19": 1031500.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 72.0, "_creator": 1, "_last_modifier": 1}, {"_id": "yJJUwNa2O9r7qAzCOv5Qww", "cells": {"c_15": "СЧ-2026-0073", "c_17": {"$dt": "2026-07-26T00:00:00"}, "c_18": {"$dt": "2026-09-09T00:00:00"}, "c_19": 560200.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 73.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MU8kKqa9Dts17xTjNDOizw", "cells": {"c_15": "СЧ-2026-0074", "c_17": {"$dt": "2026-10-18T00:00:00"}, "c_18": {"$dt": "2026-11-01T00:00:00"}, "c_19": 727000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 74.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9V0d7PeWjr8n8z26fWdxFQ", "cells": {"c_15": "СЧ-2026-0075", "c_16": [1], "c_17": {"$dt": "2026-06-18T00:00:00"}, "c_18": {"$dt": "2026-08-17T00:00:00"}, "c_19": 141200.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 75.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4Ack8aidXCdD_1AB8nqQmQ", "cells": {"c_15": "СЧ-2026-0076", "c_17": {"$dt": "2026-05-21T00:00:00"}, "c_18": {"$dt": "2026-07-05T00:00:00"}, "c_19": 583600.0, "c_24": "4a6d88", "c_25": {"$dt": "2026-12-21T00:00:00"}, "c_26": 583600.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 76.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HsfHRmAPuJsM85i_5m99CQ", "cells": {"c_15": "СЧ-2026-0077", "c_17": {"$dt": "2026-08-31T00:00:00"}, "c_18": {"$dt": "2026-10-15T00:00:00"}, "c_19": 370500.0, "c_20": true, "c_21": "733ba7", "c_24": "d2dd88", "c_25": {"$dt": "2026-12-04T00:00:00"}, "c_26": 370500.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 77.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MwlYNAVqO4WZHFM13Nz-Sw", "cells": {"c_15": "СЧ-2026-0078", "c_17": {"$dt": "2026-08-13T00:00:00"}, "c_18": {"$dt": "2026-09-27T00:00:00"}, "c_19": 137200.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 78.0, "_creator": 1, "_last_modifier": 1}, {"_id": "RNihRArof0ESGb3bHQixOw", "cells": {"c_15": "СЧ-2026-0079", "c_16": [1], "c_17": {"$dt": "2026-06-02T00:00:00"}, "c_18": {"$dt": "2026-07-02T00:00:00"}, "c_19": 869000.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 79.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2_CHVGf0OE8lSh4TLMyZbA", "cells": {"c_15": "СЧ-2026-0080", "c_17": {"$dt": "2026-09-19T00:00:00"}, "c_18": {"$dt": "2026-11-03T00:00:00"}, "c_19": 192200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 80.0, "_creator": 1, "_last_modifier": 1}, {"_id": "nJgzjrSWL94LHU8UV3RbAQ", "cells": {"c_15": "СЧ-2026-0081", "c_17": {"$dt": "2026-08-07T00:00:00"}, "c_18": {"$dt": "2026-09-21T00:00:00"}, "c_19": 537700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 81.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_HhzpeEHbfBmkxgmp1at4w", "cells": {"c_15": "СЧ-2026-0082", "c_17": {"$dt": "2026-10-16T00:00:00"}, "c_18": {"$dt": "2026-12-15T00:00:00"}, "c_19": 395800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 82.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-jGoSCzx34LwHZSUD44SYQ", "cells": {"c_15": "СЧ-2026-0083", "c_16": [1], "c_17": {"$dt": "2026-10-19T00:00:00"}, "c_18": {"$dt": "2026-12-03T00:00:00"}, "c_19": 567600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 83.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JL-pKt7x3XtFbJEjI4WqKw", "cells": {"c_15": "СЧ-2026-0084", "c_17": {"$dt": "2026-10-19T00:00:00"}, "c_18": {"$dt": "2026-12-03T00:00:00"}, "c_19": 418100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 84.0, "_creator": 1, "_last_modifier": 1}, {"_id": "kuE1QIt6rG7QaG-kgjrC5A", "cells": {"c_15": "СЧ-2026-0085", "c_17": {"$dt": "2026-10-30T00:00:00"}, "c_18": {"$dt": "2026-11-13T00:00:00"}, "c_19": 245100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 85.0, "_creator": 1, "_last_modifier": 1}, {"_id": "azw_8LGQ2RhMB7aASMrwkg", "cells": {"c_15": "СЧ-2026-0086", "c_17": {"$dt": "2026-06-27T00:00:00"}, "c_18": {"$dt": "2026-08-26T00:00:00"}, "c_19": 720400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 86.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wE1oK4g2Q1GO0vNS5j5Niw", "cells": {"c_15": "СЧ-2026-0087", "c_17": {"$dt": "2026-11-29T00:00:00"}, "c_18": {"$dt": "2026-12-13T00:00:00"}, "c_19": 1101800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 87.0, "_creator": 1, "_last_modifier": 1}, {"_id": "3V2DXXl1WB49k-98qj9WGg", "cells": {"c_15": "СЧ-2026-0088", "c_16": [1], "c_17": {"$dt": "2026-08-23T00:00:00"}, "c_18": {"$dt": "2026-09-22T00:00:00"}, "c_19": 100100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 88.0, "_creator": 1, "_last_modifier": 1}, {"_id": "kS4ETW0VUMaJ82J52tb7hg", "cells": {"c_15": "СЧ-2026-0089", "c_17": {"$dt": "2026-07-22T00:00:00"}, "c_18": {"$dt": "2026-08-05T00:00:00"}, "c_19": 28400.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 89.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HIGX1OhOXPP1-ZyxE4b6dQ", "cells": {"c_15": "СЧ-2026-0090", "c_17": {"$dt": "2026-07-22T00:00:00"}, "c_18": {"$dt": "2026-09-20T00:00:00"}, "c_19": 898900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 90.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fHAOKhF1Yv2IRN4kgXhIWg", "cells": {"c_15": "СЧ-2026-0091", "c_17": {"$dt": "2026-09-10T00:00:00"}, "c_18": {"$dt": "2026-10-10T00:00:00"}, "c_19": 960200.0, "c_24": "4fb9b1", "c_25": {"$dt": "2026-12-01T00:00:00"}, "c_26": 960200.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 91.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fuQFvfo2yc8_atH5l75kUg", "cells": {"c_15": "СЧ-2026-0092", "c_16": [1], "c_17": {"$dt": "2026-08-26T00:00:00"}, "c_18": {"$dt": "2026-09-25T00:00:00"}, "c_19": 157500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 92.0, "_creator": 1, "_last_modifier": 1}, {"_id": "BwISaRZNPbGOHPwpxhnZ2A", "cells": {"c_15": "СЧ-2026-0093", "c_17": {"$dt": "2026-06-15T00:00:00"}, "c_18": {"$dt": "2026-08-14T00:00:00"}, "c_19": 25600.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 93.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2Z754mXlXZC5aiWnZb4crQ", "cells": {"c_15": "СЧ-2026-0094", "c_17": {"$dt": "2026-09-25T00:00:00"}, "c_18": {"$dt": "2026-11-09T00:00:00"}, "c_19": 515800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 94.0, "_creator": 1, "_last_modifier": 1}, {"_id": "pf_g3_7I4wsfXjQ6BRaP_A", "cells": {"c_15": "СЧ-2026-0095", "c_17": {"$dt": "2026-07-21T00:00:00"}, "c_18": {"$dt": "2026-08-20T00:00:00"}, "c_19": 890100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 95.0, "_creator": 1, "_last_modifier": 1}, {"_id": "R-LyelNE2X8s1bmJfnGkAQ", "cells": {"c_15": "СЧ-2026-0096", "c_17": {"$dt": "2026-09-14T00:00:00"}, "c_18": {"$dt": "2026-10-29T00:00:00"}, "c_19": 666600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 96.0, "_creator": 1, "_last_modifier": 1}, {"_id": "k4pIUmUV03jjLuxC_4Q0ow", "cells": {"c_15": "СЧ-2026-0097", "c_17": {"$dt": "2026-06-06T00:00:00"}, "c_18": {"$dt": "2026-07-21T00:00:00"}, "c_19": 931900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 97.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xE_vnXNRVojrsBRHh9pKoQ", "cells": {"c_15": "СЧ-2026-0098", "c_17": {"$dt": "2026-09-24T00:00:00"}, "c_18": {"$dt": "2026-11-23T00:00:00"}, "c_19": 837500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 98.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_IV5IjnKoX8aV1FdunLIAQ", "cells": {"c_15": "СЧ-2026-0099", "c_17": {"$dt": "2026-07-30T00:00:00"}, "c_18": {"$dt": "2026-08-29T00:00:00"}, "c_19": 526300.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 99.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8Fva8yLmsMhf_3wbO1fhkQ", "cells": {"c_15": "СЧ-2026-0100", "c_17": {"$dt": "2026-09-17T00:00:00"}, "c_18": {"$dt": "2026-10-01T00:00:00"}, "c_19": 1139800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 100.0, "_creator": 1, "_last_modifier": 1}, {"_id": "XpeU0kpHqmyp4m3DkwbbpA", "cells": {"c_15": "СЧ-2026-0101", "c_17": {"$dt": "2026-05-29T00:00:00"}, "c_18": {"$dt": "2026-06-28T00:00:00"}, "c_19": 865800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 101.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bl-7mFxuZ4Gx71HtTqA4Vw", "cells": {"c_15": "СЧ-2026-0102", "c_16": [1], "c_17": {"$dt": "2026-05-28T00:00:00"}, "c_18": {"$dt": "2026-07-27T00:00:00"}, "c_19": 676900.0, "c_22": true, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 102.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xg50XEX7BJA0R-SYFuYV2w", "cells": {"c_15": "СЧ-2026-0103", "c_16": [1], "c_17": {"$dt": "2026-12-03T00:00:00"}, "c_18": {"$dt": "2027-01-02T00:00:00"}, "c_19": 718100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 103.0, "_creator": 1, "_last_modifier": 1}, {"_id": "GN-wXYpoka5FIxo7-xGWjQ", "cells": {"c_15": "СЧ-2026-0104", "c_17": {"$dt": "2026-11-28T00:00:00"}, "c_18": {"$dt": "2027-01-12T00:00:00"}, "c_19": 457400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 104.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_Tgrw-k48IIHcUEN1jyZ8g", "cells": {"c_15": "СЧ-2026-0105", "c_17": {"$dt": "2026-07-25T00:00:00"}, "c_18": {"$dt": "2026-08-08T00:00:00"}, "c_19": 837900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 105.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qv56sP_0Nvz4DHZjGZjh6Q", "cells": {"c_15": "СЧ-2026-0106", "c_17": {"$dt": "2026-11-28T00:00:00"}, "c_18": {"$dt": "2027-01-12T00:00:00"}, "c_19": 74000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 106.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2WE6X_tR08oY-H9eGJP-eQ", "cells": {"c_15": "СЧ-2026-0107", "c_16": [1], "c_17": {"$dt": "2026-10-18T00:00:00"}, "c_18": {"$dt": "2026-12-17T00:00:00"}, "c_19": 909900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 107.0, "_creator": 1, "_last_modifier": 1}, {"_id": "XQU_BV6uzUCVVHXTPbrpyw", "cells": {"c_15": "СЧ-2026-0108", "c_17": {"$dt": "2026-09-09T00:00:00"}, "c_18": {"$dt": "2026-11-08T00:00:00"}, "c_19": 226300.0, "c_24": "d2dd88", "c_25": {"$dt": "2026-12-19T00:00:00"}, "c_26": 226300.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 108.0, "_creator": 1, "_last_modifier": 1}, {"_id": "RnJwxOs-HRo3QP124KrJNw", "cells": {"c_15": "СЧ-2026-0109", "c_16": [1], "c_17": {"$dt": "2026-08-14T00:00:00"}, "c_18": {"$dt": "2026-09-13T00:00:00"}, "c_19": 577300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 109.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bqdIjcJV5hMJEwaODXR8lw", "cells": {"c_15": "СЧ-2026-0110", "c_17": {"$dt": "2026-10-20T00:00:00"}, "c_18": {"$dt": "2026-12-19T00:00:00"}, "c_19": 248000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 110.0, "_creator": 1, "_last_modifier": 1}, {"_id": "PqtlqxQTFWZ1BXtYeIoTkQ", "cells": {"c_15": "СЧ-2026-0111", "c_17": {"$dt": "2026-11-07T00:00:00"}, "c_18": {"$dt": "2026-12-22T00:00:00"}, "c_19": 175400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 111.0, "_creator": 1, "_last_modifier": 1}, {"_id": "QkcjKBsvKP9LmdxMyFMsCg", "cells": {"c_15": "СЧ-2026-0112", "c_17": {"$dt": "2026-12-02T00:00:00"}, "c_18": {"$dt": "2026-12-16T00:00:00"}, "c_19": 803300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 112.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Lk7EGb4r9RpNWdxJfmwKyA", "cells": {"c_15": "СЧ-2026-0113", "c_17": {"$dt": "2026-08-28T00:00:00"}, "c_18": {"$dt": "2026-10-12T00:00:00"}, "c_19": 1162200.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 113.0, "_creator": 1, "_last_modifier": 1}, {"_id": "GH-7DlO6ogvCIAwblQJD6w", "cells": {"c_15": "СЧ-2026-0114", "c_16": [1], "c_17": {"$dt": "2026-10-03T00:00:00"}, "c_18": {"$dt": "2026-11-02T00:00:00"}, "c_19": 665400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 114.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hkycdUJ54LZOIUJ7H-aJCA", "cells": {"c_15": "СЧ-2026-0115", "c_17": {"$dt": "2026-10-27T00:00:00"}, "c_18": {"$dt": "2026-11-10T00:00:00"}, "c_19": 460600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 115.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rIQtwtULIZ9y6bTwoiKGpw", "cells": {"c_15": "СЧ-2026-0116", "c_16": [1], "c_17": {"$dt": "2026-07-25T00:00:00"}, "c_18": {"$dt": "2026-09-23T00:00:00"}, "c_19": 880900.0, "c_20": true, "c_21": "3acfe5", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 116.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rDZszZDrUqUXIH4drkTQNg", "cells": {"c_15": "СЧ-2026-0117", "c_17": {"$dt": "2026-06-16T00:00:00"}, "c_18": {"$dt": "2026-07-31T00:00:00"}, "c_19": 959900.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 117.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JVz-PeK8WnQy-k-JwmDnIA", "cells": {"c_15": "СЧ-2026-0118", "c_16": [1], "c_17": {"$dt": "2026-11-06T00:00:00"}, "c_18": {"$dt": "2026-11-20T00:00:00"}, "c_19": 385700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 118.0, "_creator": 1, "_last_modifier": 1}, {"_id": "W6izIkHfR6Vej3X3LJRsLg", "cells": {"c_15": "СЧ-2026-0119", "c_17": {"$dt": "2026-05-31T00:00:00"}, "c_18": {"$dt": "2026-07-30T00:00:00"}, "c_19": 532900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 119.0, "_creator": 1, "_last_modifier": 1}, {"_id": "aaI4C_BKaqMQLjM4pd3rWA", "cells": {"c_15": "СЧ-2026-0120", "c_16": [1], "c_17": {"$dt": "2026-06-13T00:00:00"}, "c_18": {"$dt": "2026-08-12T00:00:00"}, "c_19": 53900.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 120.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Cy7AMPZbq0E771kdoV7lCQ", "cells": {"c_15": "СЧ-2026-0121", "c_17": {"$dt": "2026-08-26T00:00:00"}, "c_18": {"$dt": "2026-10-10T00:00:00"}, "c_19": 1195100.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 121.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZL55FtPn8h3uFIuUq8bT_g", "cells": {"c_15": "СЧ-2026-0122", "c_17": {"$dt": "2026-09-16T00:00:00"}, "c_18": {"$dt": "2026-11-15T00:00:00"}, "c_19": 55300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 122.0, "_creator": 1, "_last_modifier": 1}, {"_id": "S9D35X3FAxPP5pUgFm696A", "cells": {"c_15": "СЧ-2026-0123", "c_17": {"$dt": "2026-06-05T00:00:00"}, "c_18": {"$dt": "2026-08-04T00:00:00"}, "c_19": 865400.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 123.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9aCI0qqE76WZRrWsIrDD3w", "cells": {"c_15": "СЧ-2026-0124", "c_17": {"$dt": "2026-07-19T00:00:00"}, "c_18": {"$dt": "2026-09-17T00:00:00"}, "c_19": 450100.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 124.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wQHjZkZOc1GqXY5l5leqPA", "cells": {"c_15": "СЧ-2026-0125", "c_17": {"$dt": "2026-09-09T00:00:00"}, "c_18": {"$dt": "2026-09-23T00:00:00"}, "c_19": 17100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 125.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Ab7mYP6F1_wyRC0ArNXgPw", "cells": {"c_15": "СЧ-2026-0126", "c_17": {"$dt": "2026-11-08T00:00:00"}, "c_18": {"$dt": "2026-12-23T00:00:00"}, "c_19": 972200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 126.0, "_creator": 1, "_last_modifier": 1}, {"_id": "q60dLxmu7krF91w5eS9mgQ", "cells": {"c_15": "СЧ-2026-0127", "c_16": [1], "c_17": {"$dt": "2026-07-25T00:00:00"}, "c_18": {"$dt": "2026-08-24T00:00:00"}, "c_19": 172900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 127.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Ok3fh1TCT4ax7yXkeYBiWA", "cells": {"c_15": "СЧ-2026-0128", "c_17": {"$dt": "2026-10-24T00:00:00"}, "c_18": {"$dt": "2026-11-07T00:00:00"}, "c_19": 1130800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 128.0, "_creator": 1, "_last_modifier": 1}, {"_id": "akFLXyjz2X4EJwa_pGHQnw", "cells": {"c_15": "СЧ-2026-0129", "c_17": {"$dt": "2026-08-05T00:00:00"}, "c_18": {"$dt": "2026-10-04T00:00:00"}, "c_19": 483900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 129.0, "_creator": 1, "_last_modifier": 1}, {"_id": "TmD7UGxFMCCYdRhruaJZrA", "cells": {"c_15": "СЧ-2026-0130", "c_17": {"$dt": "2026-10-03T00:00:00"}, "c_18": {"$dt": "2026-12-02T00:00:00"}, "c_19": 181300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 130.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1NucB-tYLWugK43HaUrv2Q", "cells": {"c_15": "СЧ-2026-0131", "c_16": [1], "c_17": {"$dt": "2026-09-19T00:00:00"}, "c_18": {"$dt": "2026-10-19T00:00:00"}, "c_19": 317300.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 131.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZAyRadlPAvF2IIsvpDFOmw", "cells": {"c_15": "СЧ-2026-0132", "c_17": {"$dt": "2026-06-21T00:00:00"}, "c_18": {"$dt": "2026-08-05T00:00:00"}, "c_19": 443400.0, "c_20": true, "c_21": "423fe6", "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 132.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DOHJKbIP6VvmrqVvI_5kyw", "cells": {"c_15": "СЧ-2026-0133", "c_17": {"$dt": "2026-10-26T00:00:00"}, "c_18": {"$dt": "2026-11-25T00:00:00"}, "c_19": 475600.0, "c_24": "d2dd88", "c_25": {"$dt": "2026-12-21T00:00:00"}, "c_26": 475600.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 133.0, "_creator": 1, "_last_modifier": 1}, {"_id": "SB9fNesKzftPOpedhaSnFg", "cells": {"c_15": "СЧ-2026-0134", "c_16": [1], "c_17": {"$dt": "2026-09-26T00:00:00"}, "c_18": {"$dt": "2026-11-25T00:00:00"}, "c_19": 316700.0, "c_24": "d2dd88", "c_25": {"$dt": "2026-12-10T00:00:00"}, "c_26": 316700.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 134.0, "_creator": 1, "_last_modifier": 1}, {"_id": "IufcdcorjOBbht5abar0Eg", "cells": {"c_15": "СЧ-2026-0135", "c_17": {"$dt": "2026-11-05T00:00:00"}, "c_18": {"$dt": "2026-11-19T00:00:00"}, "c_19": 994300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 135.0, "_creator": 1, "_last_modifier": 1}, {"_id": "h83-4eN8B0_Prer-hZxh5w", "cells": {"c_15": "СЧ-2026-0136", "c_17": {"$dt": "2026-08-25T00:00:00"}, "c_18": {"$dt": "2026-10-24T00:00:00"}, "c_19": 876200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 136.0, "_creator": 1, "_last_modifier": 1}, {"_id": "u67vkz2uuUuiQ89kLtqbXw", "cells": {"c_15": "СЧ-2026-0137", "c_17": {"$dt": "2026-10-22T00:00:00"}, "c_18": {"$dt": "2026-11-05T00:00:00"}, "c_19": 55200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 137.0, "_creator": 1, "_last_modifier": 1}, {"_id": "G-OOrhPPpIugrLjAIoRgSA", "cells": {"c_15": "СЧ-2026-0138", "c_17": {"$dt": "2026-08-02T00:00:00"}, "c_18": {"$dt": "2026-09-01T00:00:00"}, "c_19": 119800.0, "c_20": true, "c_21": "733ba7", "c_24": "d2dd88", "c_25": {"$dt": "2026-12-12T00:00:00"}, "c_26": 119800.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 138.0, "_creator": 1, "_last_modifier": 1}, {"_id": "3kmGM3pzfPuDUgquEU1nKw", "cells": {"c_15": "СЧ-2026-0139", "c_17": {"$dt": "2026-10-31T00:00:00"}, "c_18": {"$dt": "2026-11-30T00:00:00"}, "c_19": 1186600.0, "c_24": "d2dd88", "c_25": {"$dt": "2026-12-09T00:00:00"}, "c_26": 1186600.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 139.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xuxg1SWs4sQtRc2EcjdCrw", "cells": {"c_15": "СЧ-2026-0140", "c_17": {"$dt": "2026-10-29T00:00:00"}, "c_18": {"$dt": "2026-12-13T00:00:00"}, "c_19": 342700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 140.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9D289PsK1J416A1qdSsdsg", "cells": {"c_15": "СЧ-2026-0141", "c_16": [1], "c_17": {"$dt": "2026-09-29T00:00:00"}, "c_18": {"$dt": "2026-11-28T00:00:00"}, "c_19": 263900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 141.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DOyc0b9AvqC-BPTMm66_2A", "cells": {"c_15": "СЧ-2026-0142", "c_17": {"$dt": "2026-10-13T00:00:00"}, "c_18": {"$dt": "2026-12-12T00:00:00"}, "c_19": 1032700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 142.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cK2u3ajkgMwDcVsnaKnzbg", "cells": {"c_15": "СЧ-2026-0143", "c_17": {"$dt": "2026-07-06T00:00:00"}, "c_18": {"$dt": "2026-08-20T00:00:00"}, "c_19": 1174100.0, "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 143.0, "_creator": 1, "_last_modifier": 1}, {"_id": "KAurHTDqxco5XLLO-CEjUQ", "cells": {"c_15": "СЧ-2026-0144", "c_16": [1], "c_17": {"$dt": "2026-07-30T00:00:00"}, "c_18": {"$dt": "2026-09-28T00:00:00"}, "c_19": 508800.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 144.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uhXx7AcHYcZMWtT7T1JObw", "cells": {"c_15": "СЧ-2026-0145", "c_17": {"$dt": "2026-08-04T00:00:00"}, "c_18": {"$dt": "2026-08-18T00:00:00"}, "c_19": 122600.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 145.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-icUtey1OXPL7z0M8cgS2w", "cells": {"c_15": "СЧ-2026-0146", "c_16": [1], "c_17": {"$dt": "2026-07-15T00:00:00"}, "c_18": {"$dt": "2026-08-14T00:00:00"}, "c_19": 608600.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 146.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fLaJ3FFDYnhk674AiPe8ZQ", "cells": {"c_15": "СЧ-2026-0147", "c_17": {"$dt": "2026-09-18T00:00:00"}, "c_18": {"$dt": "2026-11-02T00:00:00"}, "c_19": 19500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 147.0, "_creator": 1, "_last_modifier": 1}, {"_id": "pUAl3YKnVBCqEaBM7ZR8xQ", "cells": {"c_15": "СЧ-2026-0148", "c_16": [1], "c_17": {"$dt": "2026-08-24T00:00:00"}, "c_18": {"$dt": "2026-09-07T00:00:00"}, "c_19": 53700.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 148.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Vc5Ef-ix7lnZWfS0U1_L4A", "cells": {"c_15": "СЧ-2026-0149", "c_17": {"$dt": "2026-11-30T00:00:00"}, "c_18": {"$dt": "2027-01-14T00:00:00"}, "c_19": 558200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 149.0, "_creator": 1, "_last_modifier": 1}, {"_id": "vRzh_eE7zHjVUnf3mG3rfA", "cells": {"c_15": "СЧ-2026-0150", "c_16": [1], "c_17": {"$dt": "2026-11-09T00:00:00"}, "c_18": {"$dt": "2027-01-08T00:00:00"}, "c_19": 260400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 150.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZGrleXgdDARRdqIrW4-eQw", "cells": {"c_15": "СЧ-2026-0151", "c_17": {"$dt": "2026-06-08T00:00:00"}, "c_18": {"$dt": "2026-07-23T00:00:00"}, "c_19": 1002200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 151.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VpLfay2naB9jlV8WTTzxTQ", "cells": {"c_15": "СЧ-2026-0152", "c_17": {"$dt": "2026-07-01T00:00:00"}, "c_18": {"$dt": "2026-07-15T00:00:00"}, "c_19": 513800.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 152.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wBpT9b0Twvi1L0Nl3rN_AQ", "cells": {"c_15": "СЧ-2026-0153", "c_17": {"$dt": "2026-09-25T00:00:00"}, "c_18": {"$dt": "2026-10-09T00:00:00"}, "c_19": 1127500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 153.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Fkh5OTPuRezk7al2znfhtQ", "cells": {"c_15": "СЧ-2026-0154", "c_17": {"$dt": "2026-06-29T00:00:00"}, "c_18": {"$dt": "2026-07-29T00:00:00"}, "c_19": 767500.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 154.0, "_creator": 1, "_last_modifier": 1}, {"_id": "NTbW0VLaBAnNSPSNpUMjIw", "cells": {"c_15": "СЧ-2026-0155", "c_17": {"$dt": "2026-10-26T00:00:00"}, "c_18": {"$dt": "2026-11-25T00:00:00"}, "c_19": 1137700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 155.0, "_creator": 1, "_last_modifier": 1}, {"_id": "r9LAJZSJMdBPuMjXJDsAvQ", "cells": {"c_15": "СЧ-2026-0156", "c_17": {"$dt": "2026-11-22T00:00:00"}, "c_18": {"$dt": "2027-01-21T00:00:00"}, "c_19": 350900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 156.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2WhqIPzTF-PyspG4TMwBkQ", "cells": {"c_15": "СЧ-2026-0157", "c_17": {"$dt": "2026-10-13T00:00:00"}, "c_18": {"$dt": "2026-11-27T00:00:00"}, "c_19": 776500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 157.0, "_creator": 1, "_last_modifier": 1}, {"_id": "LOhh0eGT1w1KgyYNrJiMOw", "cells": {"c_15": "СЧ-2026-0158", "c_17": {"$dt": "2026-09-25T00:00:00"}, "c_18": {"$dt": "2026-10-09T00:00:00"}, "c_19": 182300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 158.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cn4jNGiEaX6mko6epIbBcg", "cells": {"c_15": "СЧ-2026-0159", "c_17": {"$dt": "2026-09-05T00:00:00"}, "c_18": {"$dt": "2026-11-04T00:00:00"}, "c_19": 633500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 159.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bSMlFIwQI5OdFj7sMjQ6aQ", "cells": {"c_15": "СЧ-2026-0160", "c_17": {"$dt": "2026-11-18T00:00:00"}, "c_18": {"$dt": "2027-01-02T00:00:00"}, "c_19": 1193100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 160.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DpkRd88qid1aIj8KtQuc2Q", "cells": {"c_15": "СЧ-2026-0161", "c_16": [1], "c_17": {"$dt": "2026-06-25T00:00:00"}, "c_18": {"$dt": "2026-08-24T00:00:00"}, "c_19": 422900.0, "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 161.0, "_creator": 1, "_last_modifier": 1}, {"_id": "YkC5Yzi44sJxwi6EY-B6Kg", "cells": {"c_15": "СЧ-2026-0162", "c_17": {"$dt": "2026-06-22T00:00:00"}, "c_18": {"$dt": "2026-08-06T00:00:00"}, "c_19": 157900.0, "c_24": "e85c5f", "c_25": {"$dt": "2026-12-05T00:00:00"}, "c_26": 157900.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 162.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DSwr7CUZTizwFeihW-tclA", "cells": {"c_15": "СЧ-2026-0163", "c_17": {"$dt": "2026-08-31T00:00:00"}, "c_18": {"$dt": "2026-10-30T00:00:00"}, "c_19": 245500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 163.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_aTw37hL2CmgqbuZsAazSg", "cells": {"c_15": "СЧ-2026-0164", "c_17": {"$dt": "2026-07-23T00:00:00"}, "c_18": {"$dt": "2026-09-21T00:00:00"}, "c_19": 28100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 164.0, "_creator": 1, "_last_modifier": 1}, {"_id": "swWN5ESznFZzz_Agt6ENNg", "cells": {"c_15": "СЧ-2026-0165", "c_17": {"$dt": "2026-11-26T00:00:00"}, "c_18": {"$dt": "2027-01-10T00:00:00"}, "c_19": 1175900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 165.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hxrZUkRB9gSyxXndxNyRXA", "cells": {"c_15": "СЧ-2026-0166", "c_17": {"$dt": "2026-11-11T00:00:00"}, "c_18": {"$dt": "2026-12-26T00:00:00"}, "c_19": 1170400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 166.0, "_creator": 1, "_last_modifier": 1}, {"_id": "RxJwo-y9RkK0E_DMViZAhQ", "cells": {"c_15": "СЧ-2026-0167", "c_16": [1], "c_17": {"$dt": "2026-07-30T00:00:00"}, "c_18": {"$dt": "2026-09-13T00:00:00"}, "c_19": 86700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 167.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Q6x_JEzatcuP2RZtZZ6ykQ", "cells": {"c_15": "СЧ-2026-0168", "c_16": [1], "c_17": {"$dt": "2026-09-23T00:00:00"}, "c_18": {"$dt": "2026-11-22T00:00:00"}, "c_19": 107100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 168.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_nbfqdfiZfun7dKIgTry2Q", "cells": {"c_15": "СЧ-2026-0169", "c_17": {"$dt": "2026-11-05T00:00:00"}, "c_18": {"$dt": "2027-01-04T00:00:00"}, "c_19": 807900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 169.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HwBuOa9tEgsMMCwqvPxydA", "cells": {"c_15": "СЧ-2026-0170", "c_17": {"$dt": "2026-05-26T00:00:00"}, "c_18": {"$dt": "2026-07-25T00:00:00"}, "c_19": 743800.0, "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 170.0, "_creator": 1, "_last_modifier": 1}, {"_id": "le79EqGrVGgoGNXSy9s-hA", "cells": {"c_15": "СЧ-2026-0171", "c_16": [1], "c_17": {"$dt": "2026-06-20T00:00:00"}, "c_18": {"$dt": "2026-07-20T00:00:00"}, "c_19": 157300.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 171.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4Tygk0XXzo0agUcs4ZrcqQ", "cells": {"c_15": "СЧ-2026-0172", "c_17": {"$dt": "2026-07-25T00:00:00"}, "c_18": {"$dt": "2026-09-23T00:00:00"}, "c_19": 241300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 172.0, "_creator": 1, "_last_modifier": 1}, {"_id": "O-Dc_ZZeaxo_gOojTQNBfA", "cells": {"c_15": "СЧ-2026-0173", "c_16": [1], "c_17": {"$dt": "2026-11-22T00:00:00"}, "c_18": {"$dt": "2026-12-22T00:00:00"}, "c_19": 655700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 173.0, "_creator": 1, "_last_modifier": 1}, {"_id": "YTywmZ-ooKySJhMddYbpRA", "cells": {"c_15": "СЧ-2026-0174", "c_17": {"$dt": "2026-05-23T00:00:00"}, "c_18": {"$dt": "2026-07-07T00:00:00"}, "c_19": 375300.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 174.0, "_creator": 1, "_last_modifier": 1}, {"_id": "IKqNqh_g2IuOQ8V8246sPQ", "cells": {"c_15": "СЧ-2026-0175", "c_17": {"$dt": "2026-10-25T00:00:00"}, "c_18": {"$dt": "2026-12-24T00:00:00"}, "c_19": 1002700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 175.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ijRWvgpd0wRIb35LjDDNxw", "cells": {"c_15": "СЧ-2026-0176", "c_17": {"$dt": "2026-08-08T00:00:00"}, "c_18": {"$dt": "2026-09-22T00:00:00"}, "c_19": 980900.0, "c_20": true, "c_21": "423fe6", "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 176.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wYVHpqcTd-yzs23m2N6bDw", "cells": {"c_15": "СЧ-2026-0177", "c_16": [1], "c_17": {"$dt": "2026-06-01T00:00:00"}, "c_18": {"$dt": "2026-07-01T00:00:00"}, "c_19": 886500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 177.0, "_creator": 1, "_last_modifier": 1}, {"_id": "CjLXUs_aTxXsQZDW6ANucQ", "cells": {"c_15": "СЧ-2026-0178", "c_17": {"$dt": "2026-10-14T00:00:00"}, "c_18": {"$dt": "2026-11-28T00:00:00"}, "c_19": 393600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 178.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bfBm03h0X6t71ZFUdhdtqw", "cells": {"c_15": "СЧ-2026-0179", "c_16": [1], "c_17": {"$dt": "2026-08-06T00:00:00"}, "c_18": {"$dt": "2026-08-20T00:00:00"}, "c_19": 104600.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 179.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Eb1Symc1p3Yg2lTAPzDmWA", "cells": {"c_15": "СЧ-2026-0180", "c_16": [1], "c_17": {"$dt": "2026-10-11T00:00:00"}, "c_18": {"$dt": "2026-11-25T00:00:00"}, "c_19": 220700.0, "c_24": "d2dd88", "c_25": {"$dt": "2026-12-21T00:00:00"}, "c_26": 220700.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 180.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6NNNswSIzHGg_stIUAS6kQ", "cells": {"c_15": "СЧ-2026-0181", "c_17": {"$dt": "2026-07-27T00:00:00"}, "c_18": {"$dt": "2026-08-10T00:00:00"}, "c_19": 204400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 181.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0o_S1BRby8E5NaUX2ehqvA", "cells": {"c_15": "СЧ-2026-0182", "c_17": {"$dt": "2026-07-29T00:00:00"}, "c_18": {"$dt": "2026-08-12T00:00:00"}, "c_19": 1082100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 182.0, "_creator": 1, "_last_modifier": 1}, {"_id": "yl_xqZFszCH4b-cSpa453A", "cells": {"c_15": "СЧ-2026-0183", "c_16": [1], "c_17": {"$dt": "2026-11-19T00:00:00"}, "c_18": {"$dt": "2026-12-03T00:00:00"}, "c_19": 941000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 183.0, "_creator": 1, "_last_modifier": 1}, {"_id": "gCxrAsejQ3qhfu5OsmeFtA", "cells": {"c_15": "СЧ-2026-0184", "c_17": {"$dt": "2026-12-01T00:00:00"}, "c_18": {"$dt": "2027-01-30T00:00:00"}, "c_19": 970500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 184.0, "_creator": 1, "_last_modifier": 1}, {"_id": "IvmwOVjvwMvkVtka8xD1EA", "cells": {"c_15": "СЧ-2026-0185", "c_17": {"$dt": "2026-06-17T00:00:00"}, "c_18": {"$dt": "2026-07-01T00:00:00"}, "c_19": 822400.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 185.0, "_creator": 1, "_last_modifier": 1}, {"_id": "y3OZfNaq4ajcMhv-c92mAw", "cells": {"c_15": "СЧ-2026-0186", "c_17": {"$dt": "2026-05-30T00:00:00"}, "c_18": {"$dt": "2026-07-29T00:00:00"}, "c_19": 740400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 186.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ObmCww1U9qWcNtXBNgAaxA", "cells": {"c_15": "СЧ-2026-0187", "c_16": [1], "c_17": {"$dt": "2026-09-20T00:00:00"}, "c_18": {"$dt": "2026-10-20T00:00:00"}, "c_19": 524000.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 187.0, "_creator": 1, "_last_modifier": 1}, {"_id": "F_JwWPnUpOcilxlC6IO7Kg", "cells": {"c_15": "СЧ-2026-0188", "c_16": [1], "c_17": {"$dt": "2026-09-05T00:00:00"}, "c_18": {"$dt": "2026-10-05T00:00:00"}, "c_19": 1156400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 188.0, "_creator": 1, "_last_modifier": 1}, {"_id": "QbbNlrZJ0qEMV9onetdCkQ", "cells": {"c_15": "СЧ-2026-0189", "c_17": {"$dt": "2026-10-30T00:00:00"}, "c_18": {"$dt": "2026-11-13T00:00:00"}, "c_19": 489000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 189.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ysaiyFCOIAsuMMl80L9UJg", "cells": {"c_15": "СЧ-2026-0190", "c_17": {"$dt": "2026-05-21T00:00:00"}, "c_18": {"$dt": "2026-06-04T00:00:00"}, "c_19": 18500.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 190.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MOonKX19mgAhhe7wVC3x_Q", "cells": {"c_15": "СЧ-2026-0191", "c_16": [1], "c_17": {"$dt": "2026-08-02T00:00:00"}, "c_18": {"$dt": "2026-08-16T00:00:00"}, "c_19": 333600.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 191.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bJt0YjrT6GLM-2EMsG5bTw", "cells": {"c_15": "СЧ-2026-0192", "c_17": {"$dt": "2026-05-27T00:00:00"}, "c_18": {"$dt": "2026-07-11T00:00:00"}, "c_19": 893300.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 192.0, "_creator": 1, "_last_modifier": 1}, {"_id": "sLvet5P8FsQxQFhucvyL0A", "cells": {"c_15": "СЧ-2026-0193", "c_17": {"$dt": "2026-12-06T00:00:00"}, "c_18": {"$dt": "2027-01-05T00:00:00"}, "c_19": 389400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 193.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9uk9VYglO1717GiwIp5EJg", "cells": {"c_15": "СЧ-2026-0194", "c_16": [1], "c_17": {"$dt": "2026-06-25T00:00:00"}, "c_18": {"$dt": "2026-07-25T00:00:00"}, "c_19": 672100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 194.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FdxItG45DwWh_6_GXLzVYg", "cells": {"c_15": "СЧ-2026-0195", "c_17": {"$dt": "2026-06-09T00:00:00"}, "c_18": {"$dt": "2026-07-24T00:00:00"}, "c_19": 233800.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 195.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wHQn0g-j7vFRvLr7EN9zqQ", "cells": {"c_15": "СЧ-2026-0196", "c_17": {"$dt": "2026-08-15T00:00:00"}, "c_18": {"$dt": "2026-08-29T00:00:00"}, "c_19": 568500.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 196.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cCoTqU9c95YdTo_uTfc-lQ", "cells": {"c_15": "СЧ-2026-0197", "c_16": [1], "c_17": {"$dt": "2026-06-13T00:00:00"}, "c_18": {"$dt": "2026-06-27T00:00:00"}, "c_19": 835100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 197.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xcyMbzDV7MTIJeIOWm9fxQ", "cells": {"c_15": "СЧ-2026-0198", "c_17": {"$dt": "2026-11-18T00:00:00"}, "c_18": {"$dt": "2027-01-17T00:00:00"}, "c_19": 484400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 198.0, "_creator": 1, "_last_modifier": 1}, {"_id": "R1WSwDwD4RDp0gML2y3NIA", "cells": {"c_15": "СЧ-2026-0199", "c_17": {"$dt": "2026-10-29T00:00:00"}, "c_18": {"$dt": "2026-12-13T00:00:00"}, "c_19": 1150500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 199.0, "_creator": 1, "_last_modifier": 1}, {"_id": "vdHIfQksbcYUhjbEmqiSfQ", "cells": {"c_15": "СЧ-2026-0200", "c_17": {"$dt": "2026-05-22T00:00:00"}, "c_18": {"$dt": "2026-07-06T00:00:00"}, "c_19": 697800.0, "c_20": true, "c_21": "423fe6", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 200.0, "_creator": 1, "_last_modifier": 1}, {"_id": "vW7gAZTTg_X4ouHX_BYuJQ", "cells": {"c_15": "СЧ-2026-0201", "c_16": [1], "c_17": {"$dt": "2026-11-30T00:00:00"}, "c_18": {"$dt": "2026-12-30T00:00:00"}, "c_19": 1129400.0, "c_20": true, "c_21": "423fe6", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 201.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Up4ftDr_2U689U5Q4UsqsQ", "cells": {"c_15": "СЧ-2026-0202", "c_17": {"$dt": "2026-08-06T00:00:00"}, "c_18": {"$dt": "2026-08-20T00:00:00"}, "c_19": 1165600.0, "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 202.0, "_creator": 1, "_last_modifier": 1}, {"_id": "YrFyT1XrN6Rq5OIpq41l4A", "cells": {"c_15": "СЧ-2026-0203", "c_16": [1], "c_17": {"$dt": "2026-08-10T00:00:00"}, "c_18": {"$dt": "2026-09-24T00:00:00"}, "c_19": 887400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 203.0, "_creator": 1, "_last_modifier": 1}, {"_id": "BGRFWHuRcfE6xPfZQuUc-w", "cells": {"c_15": "СЧ-2026-0204", "c_17": {"$dt": "2026-06-11T00:00:00"}, "c_18": {"$dt": "2026-07-26T00:00:00"}, "c_19": 463900.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 204.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dtXP31j1um4_z9I4K6MWcg", "cells": {"c_15": "СЧ-2026-0205", "c_16": [1], "c_17": {"$dt": "2026-10-13T00:00:00"}, "c_18": {"$dt": "2026-11-12T00:00:00"}, "c_19": 764900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 205.0, "_creator": 1, "_last_modifier": 1}, {"_id": "WRmnkkSQi_g59Rcaq6-ceA", "cells": {"c_15": "СЧ-2026-0206", "c_17": {"$dt": "2026-09-20T00:00:00"}, "c_18": {"$dt": "2026-11-04T00:00:00"}, "c_19": 319500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 206.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7pVxGbMwoqwCPSxX2DH3vw", "cells": {"c_15": "СЧ-2026-0207", "c_17": {"$dt": "2026-09-19T00:00:00"}, "c_18": {"$dt": "2026-11-18T00:00:00"}, "c_19": 23900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 207.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Yn6zBGTJaBsltonWpCzUOw", "cells": {"c_15": "СЧ-2026-0208", "c_16": [1], "c_17": {"$dt": "2026-08-10T00:00:00"}, "c_18": {"$dt": "2026-10-09T00:00:00"}, "c_19": 609900.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 208.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Cry5lGnauAFjujx3k78ddQ", "cells": {"c_15": "СЧ-2026-0209", "c_17": {"$dt": "2026-11-15T00:00:00"}, "c_18": {"$dt": "2027-01-14T00:00:00"}, "c_19": 962300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 209.0, "_creator": 1, "_last_modifier": 1}, {"_id": "QvsUWHoihzsAxxExCfvUDQ", "cells": {"c_15": "СЧ-2026-0210", "c_17": {"$dt": "2026-09-09T00:00:00"}, "c_18": {"$dt": "2026-11-08T00:00:00"}, "c_19": 760300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 210.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-Sj4F6SvHaZKGcEXVZmtDQ", "cells": {"c_15": "СЧ-2026-0211", "c_17": {"$dt": "2026-08-23T00:00:00"}, "c_18": {"$dt": "2026-10-22T00:00:00"}, "c_19": 1005800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 211.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JTLNx_sN68qC-mkDXYN6dQ", "cells": {"c_15": "СЧ-2026-0212", "c_17": {"$dt": "2026-08-15T00:00:00"}, "c_18": {"$dt": "2026-09-29T00:00:00"}, "c_19": 793000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 212.0, "_creator": 1, "_last_modifier": 1}, {"_id": "EZbWpXREYZ-YRzT-eGujgA", "cells": {"c_15": "СЧ-2026-0213", "c_17": {"$dt": "2026-07-15T00:00:00"}, "c_18": {"$dt": "2026-08-29T00:00:00"}, "c_19": 950100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 213.0, "_creator": 1, "_last_modifier": 1}, {"_id": "vQqj1NfhFnnPnDQrHlX6Jw", "cells": {"c_15": "СЧ-2026-0214", "c_17": {"$dt": "2026-08-10T00:00:00"}, "c_18": {"$dt": "2026-08-24T00:00:00"}, "c_19": 358000.0, "c_20": true, "c_21": "3acfe5", "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 214.0, "_creator": 1, "_last_modifier": 1}, {"_id": "coVSvT9inSrIOEh3vDhRjQ", "cells": {"c_15": "СЧ-2026-0215", "c_17": {"$dt": "2026-06-01T00:00:00"}, "c_18": {"$dt": "2026-07-31T00:00:00"}, "c_19": 1119500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 215.0, "_creator": 1, "_last_modifier": 1}, {"_id": "47tPgioczxXnQS2SSodxew", "cells": {"c_15": "СЧ-2026-0216", "c_17": {"$dt": "2026-05-22T00:00:00"}, "c_18": {"$dt": "2026-06-21T00:00:00"}, "c_19": 1069200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 216.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0V4nTjrNykxiRI3hQJYqhg", "cells": {"c_15": "СЧ-2026-0217", "c_17": {"$dt": "2026-10-06T00:00:00"}, "c_18": {"$dt": "2026-11-20T00:00:00"}, "c_19": 648900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 217.0, "_creator": 1, "_last_modifier": 1}, {"_id": "oq_2USM_x1TpqfdXbLae9Q", "cells": {"c_15": "СЧ-2026-0218", "c_17": {"$dt": "2026-07-25T00:00:00"}, "c_18": {"$dt": "2026-09-08T00:00:00"}, "c_19": 953000.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 218.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hC6JA_eY4mVfizR2AX6ISg", "cells": {"c_15": "СЧ-2026-0219", "c_17": {"$dt": "2026-07-09T00:00:00"}, "c_18": {"$dt": "2026-07-23T00:00:00"}, "c_19": 140800.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 219.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5Tdlpiez9MuXD8HfFi4ToQ", "cells": {"c_15": "СЧ-2026-0220", "c_17": {"$dt": "2026-07-31T00:00:00"}, "c_18": {"$dt": "2026-08-14T00:00:00"}, "c_19": 878200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 220.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0fGASmqNCY6DDSm9m8WzQQ", "cells": {"c_15": "СЧ-2026-0221", "c_17": {"$dt": "2026-11-03T00:00:00"}, "c_18": {"$dt": "2027-01-02T00:00:00"}, "c_19": 210000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 221.0, "_creator": 1, "_last_modifier": 1}, {"_id": "x6enpMaxj21knf-u7LiGig", "cells": {"c_15": "СЧ-2026-0222", "c_17": {"$dt": "2026-07-13T00:00:00"}, "c_18": {"$dt": "2026-07-27T00:00:00"}, "c_19": 534500.0, "c_22": true, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 222.0, "_creator": 1, "_last_modifier": 1}, {"_id": "75n7Zz_EXJ-RlKe2ubzUzA", "cells": {"c_15": "СЧ-2026-0223", "c_16": [1], "c_17": {"$dt": "2026-07-21T00:00:00"}, "c_18": {"$dt": "2026-09-19T00:00:00"}, "c_19": 243000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 223.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7Ve7oUPvNUJnHVvOCa2S0Q", "cells": {"c_15": "СЧ-2026-0224", "c_16": [1], "c_17": {"$dt": "2026-11-23T00:00:00"}, "c_18": {"$dt": "2027-01-07T00:00:00"}, "c_19": 294500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 224.0, "_creator": 1, "_last_modifier": 1}, {"_id": "YIoy8neCb-ijv0JwLt6dPA", "cells": {"c_15": "СЧ-2026-0225", "c_17": {"$dt": "2026-11-29T00:00:00"}, "c_18": {"$dt": "2027-01-13T00:00:00"}, "c_19": 432200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 225.0, "_creator": 1, "_last_modifier": 1}, {"_id": "SfTQ_Xps7Y3DYECOzPN9kw", "cells": {"c_15": "СЧ-2026-0226", "c_17": {"$dt": "2026-08-13T00:00:00"}, "c_18": {"$dt": "2026-10-12T00:00:00"}, "c_19": 1107100.0, "c_20": true, "c_21": "e6dfd0", "c_24": "4fb9b1", "c_25": {"$dt": "2026-12-03T00:00:00"}, "c_26": 1107100.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 226.0, "_creator": 1, "_last_modifier": 1}, {"_id": "tw7h7ttMStMAxg8ve4xTaQ", "cells": {"c_15": "СЧ-2026-0227", "c_17": {"$dt": "2026-08-19T00:00:00"}, "c_18": {"$dt": "2026-10-03T00:00:00"}, "c_19": 459000.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 227.0, "_creator": 1, "_last_modifier": 1}, {"_id": "oj8iPM3TKRCD9MA-Y4g__A", "cells": {"c_15": "СЧ-2026-0228", "c_17": {"$dt": "2026-08-04T00:00:00"}, "c_18": {"$dt": "2026-08-18T00:00:00"}, "c_19": 1002100.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 228.0, "_creator": 1, "_last_modifier": 1}, {"_id": "eCMcPOZFscjSnXWzGtnFMg", "cells": {"c_15": "СЧ-2026-0229", "c_16": [1], "c_17": {"$dt": "2026-11-08T00:00:00"}, "c_18": {"$dt": "2027-01-07T00:00:00"}, "c_19": 642100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 229.0, "_creator": 1, "_last_modifier": 1}, {"_id": "D_0-paO9nl1Bmq7fea1L5A", "cells": {"c_15": "СЧ-2026-0230", "c_16": [1], "c_17": {"$dt": "2026-11-29T00:00:00"}, "c_18": {"$dt": "2027-01-28T00:00:00"}, "c_19": 1181900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 230.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zt52WtWJFGnfKyhAwLo03A", "cells": {"c_15": "СЧ-2026-0231", "c_17": {"$dt": "2026-06-13T00:00:00"}, "c_18": {"$dt": "2026-07-28T00:00:00"}, "c_19": 464400.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 231.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8sCYtofS1iPeFmlt6xFIBQ", "cells": {"c_15": "СЧ-2026-0232", "c_17": {"$dt": "2026-10-09T00:00:00"}, "c_18": {"$dt": "2026-10-23T00:00:00"}, "c_19": 851600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 232.0, "_creator": 1, "_last_modifier": 1}, {"_id": "PLIXy9G-cN0TF-K8Dk08_w", "cells": {"c_15": "СЧ-2026-0233", "c_17": {"$dt": "2026-11-21T00:00:00"}, "c_18": {"$dt": "2027-01-05T00:00:00"}, "c_19": 166700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 233.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6Aza39TQ9EJG_cufnHy-bA", "cells": {"c_15": "СЧ-2026-0234", "c_16": [1], "c_17": {"$dt": "2026-11-15T00:00:00"}, "c_18": {"$dt": "2026-12-15T00:00:00"}, "c_19": 254800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 234.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wbUQnAm862mUQ3D8Txjs1w", "cells": {"c_15": "СЧ-2026-0235", "c_16": [1], "c_17": {"$dt": "2026-05-27T00:00:00"}, "c_18": {"$dt": "2026-06-26T00:00:00"}, "c_19": 220100.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 235.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xt9-Jaup9yAyW76901IHww", "cells": {"c_15": "СЧ-2026-0236", "c_17": {"$dt": "2026-07-23T00:00:00"}, "c_18": {"$dt": "2026-09-21T00:00:00"}, "c_19": 404300.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 236.0, "_creator": 1, "_last_modifier": 1}, {"_id": "IUeKBv5uv0hr2Y-8uG3mqw", "cells": {"c_15": "СЧ-2026-0237", "c_17": {"$dt": "2026-11-07T00:00:00"}, "c_18": {"$dt": "2026-12-22T00:00:00"}, "c_19": 952900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 237.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rUFFcnp_DVWcCEuhPucAvQ", "cells": {"c_15": "СЧ-2026-0238", "c_17": {"$dt": "2026-10-06T00:00:00"}, "c_18": {"$dt": "2026-11-20T00:00:00"}, "c_19": 1076100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 238.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2kdKFJmRvHhF1XwAeXv6kA", "cells": {"c_15": "СЧ-2026-0239", "c_16": [1], "c_17": {"$dt": "2026-08-28T00:00:00"}, "c_18": {"$dt": "2026-09-27T00:00:00"}, "c_19": 159100.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 239.0, "_creator": 1, "_last_modifier": 1}, {"_id": "M8BuTfBXtKw5gNY7DRxqeA", "cells": {"c_15": "СЧ-2026-0240", "c_17": {"$dt": "2026-07-30T00:00:00"}, "c_18": {"$dt": "2026-09-13T00:00:00"}, "c_19": 591300.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 240.0, "_creator": 1, "_last_modifier": 1}, {"_id": "EUHiCLSQCUtUtaLWsA6oCw", "cells": {"c_15": "СЧ-2026-0241", "c_16": [1], "c_17": {"$dt": "2026-11-19T00:00:00"}, "c_18": {"$dt": "2027-01-03T00:00:00"}, "c_19": 1024000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 241.0, "_creator": 1, "_last_modifier": 1}, {"_id": "I2Sp1MYsUyGkDeB_sB0bww", "cells": {"c_15": "СЧ-2026-0242", "c_17": {"$dt": "2026-07-19T00:00:00"}, "c_18": {"$dt": "2026-09-17T00:00:00"}, "c_19": 756400.0, "c_22": true, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 242.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8O5iZDM6vICHrZxVpZm9iA", "cells": {"c_15": "СЧ-2026-0243", "c_16": [1], "c_17": {"$dt": "2026-09-21T00:00:00"}, "c_18": {"$dt": "2026-10-21T00:00:00"}, "c_19": 276200.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 243.0, "_creator": 1, "_last_modifier": 1}, {"_id": "3SgFj95CML_Gz--8moFAcQ", "cells": {"c_15": "СЧ-2026-0244", "c_16": [1], "c_17": {"$dt": "2026-12-01T00:00:00"}, "c_18": {"$dt": "2026-12-31T00:00:00"}, "c_19": 94900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 244.0, "_creator": 1, "_last_modifier": 1}, {"_id": "TBP-NU3UQvNbCAPFgylzmQ", "cells": {"c_15": "СЧ-2026-0245", "c_17": {"$dt": "2026-09-24T00:00:00"}, "c_18": {"$dt": "2026-11-08T00:00:00"}, "c_19": 1020400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 245.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2Dqd7rpO6FsWFEy-WYP9Mw", "cells": {"c_15": "СЧ-2026-0246", "c_16": [1], "c_17": {"$dt": "2026-10-09T00:00:00"}, "c_18": {"$dt": "2026-11-08T00:00:00"}, "c_19": 415800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 246.0, "_creator": 1, "_last_modifier": 1}, {"_id": "RuUDnEsQjS_3GhCZ1lLLqw", "cells": {"c_15": "СЧ-2026-0247", "c_17": {"$dt": "2026-11-27T00:00:00"}, "c_18": {"$dt": "2027-01-11T00:00:00"}, "c_19": 307900.0, "c_20": true, "c_21": "733ba7", "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 247.0, "_creator": 1, "_last_modifier": 1}, {"_id": "vWBRkRjlDHSCc2bLsalXtg", "cells": {"c_15": "СЧ-2026-0248", "c_16": [1], "c_17": {"$dt": "2026-08-12T00:00:00"}, "c_18": {"$dt": "2026-09-11T00:00:00"}, "c_19": 467600.0, "c_20": true, "c_21": "733ba7", "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 248.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Ux4QfLL9Um9Rsh2ISq9ujw", "cells": {"c_15": "СЧ-2026-0249", "c_17": {"$dt": "2026-11-22T00:00:00"}, "c_18": {"$dt": "2027-01-06T00:00:00"}, "c_19": 147600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 249.0, "_creator": 1, "_last_modifier": 1}, {"_id": "TSI4ljg8UtaAwNB4jndwgw", "cells": {"c_15": "СЧ-2026-0250", "c_16": [1], "c_17": {"$dt": "2026-05-28T00:00:00"}, "c_18": {"$dt": "2026-07-27T00:00:00"}, "c_19": 832300.0, "c_20": true, "c_21": "423fe6", "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 250.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xKJEIhqQy93HtN4BpLq2wQ", "cells": {"c_15": "СЧ-2026-0251", "c_17": {"$dt": "2026-11-04T00:00:00"}, "c_18": {"$dt": "2026-11-18T00:00:00"}, "c_19": 373600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 251.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Q-CEoruWKMrERGp7qquIiQ", "cells": {"c_15": "СЧ-2026-0252", "c_17": {"$dt": "2026-10-18T00:00:00"}, "c_18": {"$dt": "2026-12-17T00:00:00"}, "c_19": 695900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 252.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Rp4PIcL1hICaE7xoXRErXA", "cells": {"c_15": "СЧ-2026-0253", "c_17": {"$dt": "2026-07-17T00:00:00"}, "c_18": {"$dt": "2026-09-15T00:00:00"}, "c_19": 152200.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 253.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2_9wIW7nONvZh59EerBTow", "cells": {"c_15": "СЧ-2026-0254", "c_17": {"$dt": "2026-09-01T00:00:00"}, "c_18": {"$dt": "2026-10-16T00:00:00"}, "c_19": 761800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 254.0, "_creator": 1, "_last_modifier": 1}, {"_id": "I2UncNtGV2kd6zeYma7XgQ", "cells": {"c_15": "СЧ-2026-0255", "c_17": {"$dt": "2026-06-30T00:00:00"}, "c_18": {"$dt": "2026-08-29T00:00:00"}, "c_19": 132300.0, "c_22": true, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 255.0, "_creator": 1, "_last_modifier": 1}, {"_id": "LF6FL6hM6HSxYQRFZIyJVw", "cells": {"c_15": "СЧ-2026-0256", "c_17": {"$dt": "2026-06-11T00:00:00"}, "c_18": {"$dt": "2026-08-10T00:00:00"}, "c_19": 1001600.0, "c_22": true, "c_24": "4a6d88", "c_25": {"$dt": "2026-12-21T00:00:00"}, "c_26": 1001600.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 256.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qDAb5LIOAo-7AGJhMQs0pw", "cells": {"c_15": "СЧ-2026-0257", "c_17": {"$dt": "2026-10-14T00:00:00"}, "c_18": {"$dt": "2026-11-28T00:00:00"}, "c_19": 358200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 257.0, "_creator": 1, "_last_modifier": 1}, {"_id": "sgtWV54MilZSSyGSP1Jnfw", "cells": {"c_15": "СЧ-2026-0258", "c_17": {"$dt": "2026-08-04T00:00:00"}, "c_18": {"$dt": "2026-09-18T00:00:00"}, "c_19": 569800.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 258.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qI_nTdE0uKv1x1IoFen5Wg", "cells": {"c_15": "СЧ-2026-0259", "c_17": {"$dt": "2026-06-01T00:00:00"}, "c_18": {"$dt": "2026-06-15T00:00:00"}, "c_19": 104100.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 259.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Up9E7v_vjLiyuia3uED-3Q", "cells": {"c_15": "СЧ-2026-0260", "c_17": {"$dt": "2026-08-19T00:00:00"}, "c_18": {"$dt": "2026-10-18T00:00:00"}, "c_19": 760200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 260.0, "_creator": 1, "_last_modifier": 1}, {"_id": "pIYNjHNgDdkrcb-XROCMIA", "cells": {"c_15": "СЧ-2026-0261", "c_17": {"$dt": "2026-06-19T00:00:00"}, "c_18": {"$dt": "2026-08-18T00:00:00"}, "c_19": 503300.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 261.0, "_creator": 1, "_last_modifier": 1}, {"_id": "S6Imk9CruqEfJl9Cx7kjwg", "cells": {"c_15": "СЧ-2026-0262", "c_17": {"$dt": "2026-06-25T00:00:00"}, "c_18": {"$dt": "2026-07-09T00:00:00"}, "c_19": 915000.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 262.0, "_creator": 1, "_last_modifier": 1}, {"_id": "v0VWmghBK_B2Z81LOxk2hw", "cells": {"c_15": "СЧ-2026-0263", "c_17": {"$dt": "2026-07-13T00:00:00"}, "c_18": {"$dt": "2026-08-27T00:00:00"}, "c_19": 801300.0, "c_24": "dfcd07"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 263.0, "_creator": 1, "_last_modifier": 1}, {"_id": "H3JMyiWbqUJAb5ucI-p21w", "cells": {"c_15": "СЧ-2026-0264", "c_17": {"$dt": "2026-06-01T00:00:00"}, "c_18": {"$dt": "2026-07-16T00:00:00"}, "c_19": 1050100.0, "c_22": true, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 264.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hHYTuIqZNwHsCdQ1wP3Mfw", "cells": {"c_15": "СЧ-2026-0265", "c_17": {"$dt": "2026-07-10T00:00:00"}, "c_18": {"$dt": "2026-08-24T00:00:00"}, "c_19": 507700.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 265.0, "_creator": 1, "_last_modifier": 1}, {"_id": "QEHGrnBDNA4Qm5c7u3qaeA", "cells": {"c_15": "СЧ-2026-0266", "c_16": [1], "c_17": {"$dt": "2026-06-17T00:00:00"}, "c_18": {"$dt": "2026-08-16T00:00:00"}, "c_19": 104200.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 266.0, "_creator": 1, "_last_modifier": 1}, {"_id": "F7QQqRXs07SXG_YMI8pxaw", "cells": {"c_15": "СЧ-2026-0267", "c_17": {"$dt": "2026-08-04T00:00:00"}, "c_18": {"$dt": "2026-09-18T00:00:00"}, "c_19": 642000.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 267.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VaY4a6fB31qKPQISsOmYrQ", "cells": {"c_15": "СЧ-2026-0268", "c_17": {"$dt": "2026-06-07T00:00:00"}, "c_18": {"$dt": "2026-06-21T00:00:00"}, "c_19": 228400.0, "c_22": true, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 268.0, "_creator": 1, "_last_modifier": 1}, {"_id": "j__3nTqQRKvbY7NaiY-L2g", "cells": {"c_15": "СЧ-2026-0269", "c_17": {"$dt": "2026-07-11T00:00:00"}, "c_18": {"$dt": "2026-09-09T00:00:00"}, "c_19": 1172500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 269.0, "_creator": 1, "_last_modifier": 1}, {"_id": "igWqdBO8oDu6Zfix59x__Q", "cells": {"c_15": "СЧ-2026-0270", "c_17": {"$dt": "2026-09-29T00:00:00"}, "c_18": {"$dt": "2026-11-28T00:00:00"}, "c_19": 1064200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 270.0, "_creator": 1, "_last_modifier": 1}, {"_id": "SbWLBc8AHwGOu5rGWU8uyA", "cells": {"c_15": "СЧ-2026-0271", "c_17": {"$dt": "2026-06-15T00:00:00"}, "c_18": {"$dt": "2026-06-29T00:00:00"}, "c_19": 979900.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 271.0, "_creator": 1, "_last_modifier": 1}, {"_id": "u0VPWoUZtiEowsTYP5DxKw", "cells": {"c_15": "СЧ-2026-0272", "c_17": {"$dt": "2026-11-29T00:00:00"}, "c_18": {"$dt": "2026-12-13T00:00:00"}, "c_19": 441500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 272.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zW_3F37HMhLN428QJP6IFw", "cells": {"c_15": "СЧ-2026-0273", "c_16": [1], "c_17": {"$dt": "2026-08-01T00:00:00"}, "c_18": {"$dt": "2026-08-31T00:00:00"}, "c_19": 509800.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 273.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VLVN17qPeecDUFLu_3Qa-w", "cells": {"c_15": "СЧ-2026-0274", "c_16": [1], "c_17": {"$dt": "2026-09-22T00:00:00"}, "c_18": {"$dt": "2026-11-21T00:00:00"}, "c_19": 878400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 274.0, "_creator": 1, "_last_modifier": 1}, {"_id": "alDc9L5TUBsvX1Coq6t20g", "cells": {"c_15": "СЧ-2026-0275", "c_16": [1], "c_17": {"$dt": "2026-05-21T00:00:00"}, "c_18": {"$dt": "2026-06-20T00:00:00"}, "c_19": 309100.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 275.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Akyrx-m5eRhRLCZjJVnbsg", "cells": {"c_15": "СЧ-2026-0276", "c_17": {"$dt": "2026-08-21T00:00:00"}, "c_18": {"$dt": "2026-10-05T00:00:00"}, "c_19": 383500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 276.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2EeEWUu4MhOeuOd7VSTLiw", "cells": {"c_15": "СЧ-2026-0277", "c_17": {"$dt": "2026-06-04T00:00:00"}, "c_18": {"$dt": "2026-07-19T00:00:00"}, "c_19": 113900.0, "c_24": "d2dd88", "c_25": {"$dt": "2026-12-07T00:00:00"}, "c_26": 113900.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 277.0, "_creator": 1, "_last_modifier": 1}, {"_id": "f35YXv_VZLhzOpap0Ucdig", "cells": {"c_15": "СЧ-2026-0278", "c_17": {"$dt": "2026-09-29T00:00:00"}, "c_18": {"$dt": "2026-10-13T00:00:00"}, "c_19": 689500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 278.0, "_creator": 1, "_last_modifier": 1}, {"_id": "UmMWp7GDs1LLPCBnNpaUrw", "cells": {"c_15": "СЧ-2026-0279", "c_17": {"$dt": "2026-09-26T00:00:00"}, "c_18": {"$dt": "2026-10-10T00:00:00"}, "c_19": 119900.0, "c_24": "e85c5f"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 279.0, "_creator": 1, "_last_modifier": 1}, {"_id": "PZDldC_19VR8OiJvqnN63g", "cells": {"c_15": "СЧ-2026-0280", "c_16": [1], "c_17": {"$dt": "2026-12-03T00:00:00"}, "c_18": {"$dt": "2027-02-01T00:00:00"}, "c_19": 590500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 280.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZZHbDCfs5jA_4Eb5XES7rw", "cells": {"c_15": "СЧ-2026-0281", "c_16": [1], "c_17": {"$dt": "2026-08-13T00:00:00"}, "c_18": {"$dt": "2026-10-12T00:00:00"}, "c_19": 982400.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 281.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dOxUSFLTNPdf4iKQ_3q9VQ", "cells": {"c_15": "СЧ-2026-0282", "c_16": [1], "c_17": {"$dt": "2026-09-29T00:00:00"}, "c_18": {"$dt": "2026-11-13T00:00:00"}, "c_19": 396100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 282.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7HYsXyHbZ6llqBYTxt8AxA", "cells": {"c_15": "СЧ-2026-0283", "c_16": [1], "c_17": {"$dt": "2026-06-28T00:00:00"}, "c_18": {"$dt": "2026-07-28T00:00:00"}, "c_19": 910000.0, "c_22": true, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 283.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4OGbHw3z8LUSrW344VWpWg", "cells": {"c_15": "СЧ-2026-0284", "c_17": {"$dt": "2026-06-29T00:00:00"}, "c_18": {"$dt": "2026-07-29T00:00:00"}, "c_19": 32300.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 284.0, "_creator": 1, "_last_modifier": 1}, {"_id": "lHmA1sNqdKJffy7KYaZDqA", "cells": {"c_15": "СЧ-2026-0285", "c_16": [1], "c_17": {"$dt": "2026-07-13T00:00:00"}, "c_18": {"$dt": "2026-08-12T00:00:00"}, "c_19": 817000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 285.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zPrk0lLSWHGWaGazJp2iKQ", "cells": {"c_15": "СЧ-2026-0286", "c_17": {"$dt": "2026-10-02T00:00:00"}, "c_18": {"$dt": "2026-11-16T00:00:00"}, "c_19": 1173700.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 286.0, "_creator": 1, "_last_modifier": 1}, {"_id": "np24isMJcxaHdrhr2dl0YA", "cells": {"c_15": "СЧ-2026-0287", "c_17": {"$dt": "2026-07-03T00:00:00"}, "c_18": {"$dt": "2026-08-02T00:00:00"}, "c_19": 116200.0, "c_24": "4a6d88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 287.0, "_creator": 1, "_last_modifier": 1}, {"_id": "drtzrfVJigYL_wrzkUhZCw", "cells": {"c_15": "СЧ-2026-0288", "c_17": {"$dt": "2026-09-13T00:00:00"}, "c_18": {"$dt": "2026-09-27T00:00:00"}, "c_19": 1178800.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 288.0, "_creator": 1, "_last_modifier": 1}, {"_id": "mCis3Lqj2NBqU3YCrJz5Tg", "cells": {"c_15": "СЧ-2026-0289", "c_17": {"$dt": "2026-10-17T00:00:00"}, "c_18": {"$dt": "2026-12-16T00:00:00"}, "c_19": 667500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 289.0, "_creator": 1, "_last_modifier": 1}, {"_id": "k4s8eFDPuh8P5RJ1VoYUew", "cells": {"c_15": "СЧ-2026-0290", "c_17": {"$dt": "2026-08-13T00:00:00"}, "c_18": {"$dt": "2026-09-27T00:00:00"}, "c_19": 496400.0, "c_24": "4fb9b1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 290.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dKj_8MewxItz5STNre0Z3w", "cells": {"c_15": "СЧ-2026-0291", "c_17": {"$dt": "2026-05-31T00:00:00"}, "c_18": {"$dt": "2026-07-15T00:00:00"}, "c_19": 116000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 291.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-sHj5S3t6PU1hGn5mP7KQQ", "cells": {"c_15": "СЧ-2026-0292", "c_16": [1], "c_17": {"$dt": "2026-07-09T00:00:00"}, "c_18": {"$dt": "2026-08-08T00:00:00"}, "c_19": 52500.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 292.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fjkHUNmRMUnxxm6mFahRZA", "cells": {"c_15": "СЧ-2026-0293", "c_16": [1], "c_17": {"$dt": "2026-10-31T00:00:00"}, "c_18": {"$dt": "2026-11-30T00:00:00"}, "c_19": 577800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 293.0, "_creator": 1, "_last_modifier": 1}, {"_id": "EgAhRF74eCt29llGbxjzCg", "cells": {"c_15": "СЧ-2026-0294", "c_17": {"$dt": "2026-07-03T00:00:00"}, "c_18": {"$dt": "2026-07-17T00:00:00"}, "c_19": 995400.0, "c_24": "107ee1"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 294.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rTz9ZCAEgt6TFvJIFNdPgg", "cells": {"c_15": "СЧ-2026-0295", "c_17": {"$dt": "2026-08-04T00:00:00"}, "c_18": {"$dt": "2026-10-03T00:00:00"}, "c_19": 1029600.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 295.0, "_creator": 1, "_last_modifier": 1}, {"_id": "IVLUIg2MJTM466toYRhRwA", "cells": {"c_15": "СЧ-2026-0296", "c_17": {"$dt": "2026-10-09T00:00:00"}, "c_18": {"$dt": "2026-12-08T00:00:00"}, "c_19": 699200.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 296.0, "_creator": 1, "_last_modifier": 1}, {"_id": "f0MIO5YLf2WRC3cm-qDThQ", "cells": {"c_15": "СЧ-2026-0297", "c_16": [1], "c_17": {"$dt": "2026-06-06T00:00:00"}, "c_18": {"$dt": "2026-07-06T00:00:00"}, "c_19": 436700.0, "c_24": "bc2ee4"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 297.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fwIXArNAPsiQ9hJU8G4a0w", "cells": {"c_15": "СЧ-2026-0298", "c_16": [1], "c_17": {"$dt": "2026-09-30T00:00:00"}, "c_18": {"$dt": "2026-11-14T00:00:00"}, "c_19": 716000.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 298.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8oxcVCq-fvE_Cn64q7MhSQ", "cells": {"c_15": "СЧ-2026-0299", "c_16": [1], "c_17": {"$dt": "2026-11-21T00:00:00"}, "c_18": {"$dt": "2026-12-05T00:00:00"}, "c_19": 643100.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 299.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZfNu4eQ3ZG6coaDlQ8FbFA", "cells": {"c_15": "СЧ-2026-0300", "c_17": {"$dt": "2026-10-25T00:00:00"}, "c_18": {"$dt": "2026-12-24T00:00:00"}, "c_19": 99800.0, "c_24": "d2dd88"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 300.0, "_creator": 1, "_last_modifier": 1}], "type": "insert_rows", "table_id": 3}, {"raw": true, "rows": [{"_id": "i7GVv_by-b1RIywPmpeesQ", "cells": {"c_28": 1, "c_29": "9fb797", "c_30": {"$dt": "2026-09-15T00:00:00"}, "c_31": 909100.0, "c_32": "58ac4f", "c_33": "7809", "c_34": "1948939499", "c_35": "Оплата по счёту СЧ-2026-0001, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 1.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uO9EOAW_rglgVF61y_5t-w", "cells": {"c_28": 2, "c_29": "9fb797", "c_30": {"$dt": "2026-08-15T00:00:00"}, "c_31": 539000.0, "c_32": "58ac4f", "c_33": "2693", "c_34": "6861642527", "c_35": "Частичная оплата по счёту СЧ-2026-0003"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 2.0, "_creator": 1, "_last_modifier": 1}, {"_id": "N9FDcwuOBCv1Ag3XGpSouw", "cells": {"c_28": 3, "c_29": "9fb797", "c_30": {"$dt": "2026-11-01T00:00:00"}, "c_31": 511000.0, "c_32": "58ac4f", "c_33": "831", "c_34": "6861642527", "c_35": "Частичная оплата по счёту СЧ-2026-0005"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 3.0, "_creator": 1, "_last_modifier": 1}, {"_id": "J8jc5Eizelzhwa_itKJRVQ", "cells": {"c_28": 4, "c_29": "9fb797", "c_30": {"$dt": "2026-10-06T00:00:00"}, "c_31": 364900.0, "c_32": "c40f03", "c_33": "3191", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0007, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 4.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7IVu-NXNc_99qLcPkS2Wkg", "cells": {"c_28": 5, "c_29": "9fb797", "c_30": {"$dt": "2026-09-29T00:00:00"}, "c_31": 653800.0, "c_32": "58ac4f", "c_33": "6236", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0009, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 5.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5gIgm118YhcUZWUT6R8T-A", "cells": {"c_28": 6, "c_29": "9fb797", "c_30": {"$dt": "2026-07-13T00:00:00"}, "c_31": 101700.0, "c_32": "58ac4f", "c_33": "5798", "c_34": "9406925660", "c_35": "Оплата по счёту СЧ-2026-0010, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 6.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ohAEggmoU3ZhQDyEqLYSuA", "cells": {"c_28": 7, "c_29": "9fb797", "c_30": {"$dt": "2026-09-04T00:00:00"}, "c_31": 424000.0, "c_32": "c40f03", "c_33": "5212", "c_34": "7517799223", "c_35": "Оплата по счёту СЧ-2026-0011, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 7.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1wb4Qb9f-p3D-nJAsn37JQ", "cells": {"c_28": 8, "c_29": "9fb797", "c_30": {"$dt": "2026-06-29T00:00:00"}, "c_31": 793600.0, "c_32": "58ac4f", "c_33": "3319", "c_34": "2280886424", "c_35": "Оплата по счёту СЧ-2026-0012, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 8.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MdEjNOvjWJ2oqA_HnD6WWw", "cells": {"c_28": 9, "c_29": "9fb797", "c_30": {"$dt": "2026-08-21T00:00:00"}, "c_31": 467200.0, "c_32": "c40f03", "c_33": "4484", "c_34": "0161055000", "c_35": "Оплата по счёту СЧ-2026-0013, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 9.0, "_creator": 1, "_last_modifier": 1}, {"_id": "d63Xt5YPpZBIgmKsmJe2Kw", "cells": {"c_28": 10, "c_29": "9fb797", "c_30": {"$dt": "2026-11-20T00:00:00"}, "c_31": 340000.0, "c_32": "58ac4f", "c_33": "7604", "c_34": "7981933199", "c_35": "Частичная оплата по счёту СЧ-2026-0014"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 10.0, "_creator": 1, "_last_modifier": 1}, {"_id": "AVd0E-OSWUJgmGNZxbTpSA", "cells": {"c_28": 11, "c_29": "9fb797", "c_30": {"$dt": "2026-07-18T00:00:00"}, "c_31": 405100.0, "c_32": "c40f03", "c_33": "9052", "c_34": "6861642527", "c_35": "Оплата по счёту СЧ-2026-0015, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 11.0, "_creator": 1, "_last_modifier": 1}, {"_id": "aaYs_ugo0-rE2Jekes1PJw", "cells": {"c_28": 12, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 99400.0, "c_32": "58ac4f", "c_33": "9585", "c_34": "2081967277", "c_35": "Частичная оплата по счёту СЧ-2026-0016"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 12.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hqgOWukC9coe3MdgfHtH5g", "cells": {"c_28": 13, "c_29": "9fb797", "c_30": {"$dt": "2026-08-28T00:00:00"}, "c_31": 1023800.0, "c_32": "58ac4f", "c_33": "3702", "c_34": "5939761584", "c_35": "Оплата по счёту СЧ-2026-0017, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 13.0, "_creator": 1, "_last_modifier": 1}, {"_id": "lC_3nvwkHgl9SaTnumhP5Q", "cells": {"c_28": 14, "c_29": "9fb797", "c_30": {"$dt": "2026-08-15T00:00:00"}, "c_31": 312600.0, "c_32": "58ac4f", "c_33": "9205", "c_34": "5060454142", "c_35": "Частичная оплата по счёту СЧ-2026-0018"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 14.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8J4ws1nJGtKw46PngBvB5Q", "cells": {"c_28": 15, "c_29": "9fb797", "c_30": {"$dt": "2026-08-21T00:00:00"}, "c_31": 181600.0, "c_32": "58ac4f", "c_33": "1480", "c_34": "0029787535", "c_35": "Частичная оплата по счёту СЧ-2026-0019"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 15.0, "_creator": 1, "_last_modifier": 1}, {"_id": "jqSHJnHvTP87q07Xqkq4hw", "cells": {"c_28": 16, "c_29": "9fb797", "c_30": {"$dt": "2026-07-03T00:00:00"}, "c_31": 567300.0, "c_32": "c40f03", "c_33": "5081", "c_34": "8538012914", "c_35": "Оплата по счёту СЧ-2026-0022, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 16.0, "_creator": 1, "_last_modifier": 1}, {"_id": "CM0EMtiTFw4j1NzQxpRTyw", "cells": {"c_28": 17, "c_29": "9fb797", "c_30": {"$dt": "2026-10-11T00:00:00"}, "c_31": 797800.0, "c_32": "58ac4f", "c_33": "4318", "c_34": "9579318607", "c_35": "Оплата по счёту СЧ-2026-0024, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 17.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2kAJ9mm4Al1aohWUTUDcqg", "cells": {"c_28": 18, "c_29": "9fb797", "c_30": {"$dt": "2026-09-01T00:00:00"}, "c_31": 164900.0, "c_32": "c40f03", "c_33": "2339", "c_34": "7370283821", "c_35": "Оплата по счёту СЧ-2026-0026, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 18.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Kw6HSHOqXdoXzsBxP0DZdg", "cells": {"c_28": 19, "c_29": "9fb797", "c_30": {"$dt": "2026-07-30T00:00:00"}, "c_31": 653800.0, "c_32": "58ac4f", "c_33": "2458", "c_34": "3017568206", "c_35": "Оплата по счёту СЧ-2026-0027, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 19.0, "_creator": 1, "_last_modifier": 1}, {"_id": "N8vCakI4PYadSyZglAue3g", "cells": {"c_28": 20, "c_29": "9fb797", "c_30": {"$dt": "2026-11-28T00:00:00"}, "c_31": 332100.0, "c_32": "58ac4f", "c_33": "7592", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0028, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 20.0, "_creator": 1, "_last_modifier": 1}, {"_id": "vsNrPrPYvOixxj2XfCNw9Q", "cells": {"c_28": 21, "c_29": "9fb797", "c_30": {"$dt": "2026-10-30T00:00:00"}, "c_31": 353800.0, "c_32": "58ac4f", "c_33": "5025", "c_34": "4162105212", "c_35": "Частичная оплата по счёту СЧ-2026-0029"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 21.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fmv6AAuHWKa0I4MMT8Xplg", "cells": {"c_28": 22, "c_29": "9fb797", "c_30": {"$dt": "2026-08-25T00:00:00"}, "c_31": 900400.0, "c_32": "58ac4f", "c_33": "8426", "c_34": "7517799223", "c_35": "Оплата по счёту СЧ-2026-0030, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 22.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qcXvogaHuZAMeRruhud9zA", "cells": {"c_28": 23, "c_29": "9fb797", "c_30": {"$dt": "2026-11-08T00:00:00"}, "c_31": 404600.0, "c_32": "58ac4f", "c_33": "1575", "c_34": "8538012914", "c_35": "Оплата по счёту СЧ-2026-0031, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 23.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dt78D7-pSQYcQROMuWJBgg", "cells": {"c_28": 24, "c_29": "9fb797", "c_30": {"$dt": "2026-08-27T00:00:00"}, "c_31": 262900.0, "c_32": "c40f03", "c_33": "1603", "c_34": "2059972835", "c_35": "Оплата по счёту СЧ-2026-0033, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 24.0, "_creator": 1, "_last_modifier": 1}, {"_id": "obEfxuuhedE42kn3VCgWKQ", "cells": {"c_28": 25, "c_29": "9fb797", "c_30": {"$dt": "2026-08-03T00:00:00"}, "c_31": 830200.0, "c_32": "c40f03", "c_33": "3201", "c_34": "4162105212", "c_35": "Оплата по счёту СЧ-2026-0034, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 25.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xwEtQCeiwq1ObMKgN1IO3Q", "cells": {"c_28": 26, "c_29": "9fb797", "c_30": {"$dt": "2026-07-08T00:00:00"}, "c_31": 447800.0, "c_32": "c40f03", "c_33": "4574", "c_34": "7147513621", "c_35": "Оплата по счёту СЧ-2026-0035, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 26.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-K3BgHsVpuWCJiMOUlK5rQ", "cells": {"c_28": 27, "c_29": "9fb797", "c_30": {"$dt": "2026-08-31T00:00:00"}, "c_31": 138700.0, "c_32": "58ac4f", "c_33": "5445", "c_34": "2059972835", "c_35": "Частичная оплата по счёту СЧ-2026-0036"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 27.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FyYpHRmq8V64-ccJb1xKvA", "cells": {"c_28": 28, "c_29": "9fb797", "c_30": {"$dt": "2026-11-25T00:00:00"}, "c_31": 330900.0, "c_32": "58ac4f", "c_33": "7941", "c_34": "4725877188", "c_35": "Частичная оплата по счёту СЧ-2026-0038"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 28.0, "_creator": 1, "_last_modifier": 1}, {"_id": "CA9Fxdtn7hHHONmHlgj94w", "cells": {"c_28": 29, "c_29": "9fb797", "c_30": {"$dt": "2026-11-21T00:00:00"}, "c_31": 14000.0, "c_32": "58ac4f", "c_33": "4277", "c_34": "7981933199", "c_35": "Частичная оплата по счёту СЧ-2026-0039"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 29.0, "_creator": 1, "_last_modifier": 1}, {"_id": "GCyDjTf58plnO8qo6b6WOQ", "cells": {"c_28": 30, "c_29": "9fb797", "c_30": {"$dt": "2026-08-08T00:00:00"}, "c_31": 728300.0, "c_32": "58ac4f", "c_33": "5130", "c_34": "6455681516", "c_35": "Оплата по счёту СЧ-2026-0040, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 30.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Z34nYlHQJr3U4b6vQP6pgg", "cells": {"c_28": 31, "c_29": "9fb797", "c_30": {"$dt": "2026-12-04T00:00:00"}, "c_31": 297200.0, "c_32": "58ac4f", "c_33": "1963", "c_34": "0161055000", "c_35": "Частичная оплата по счёту СЧ-2026-0041"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 31.0, "_creator": 1, "_last_modifier": 1}, {"_id": "tjM7g7QJFtQei9rjdqTXsg", "cells": {"c_28": 32, "c_29": "9fb797", "c_30": {"$dt": "2026-08-11T00:00:00"}, "c_31": 159800.0, "c_32": "58ac4f", "c_33": "9187", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0044, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 32.0, "_creator": 1, "_last_modifier": 1}, {"_id": "EEES3vPUCYdkw9R7XBnMbw", "cells": {"c_28": 33, "c_29": "9fb797", "c_30": {"$dt": "2026-10-23T00:00:00"}, "c_31": 74400.0, "c_32": "58ac4f", "c_33": "4464", "c_34": "1588139984", "c_35": "Частичная оплата по счёту СЧ-2026-0045"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 33.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cEZnl5d77T5ZKqn0YrOzBw", "cells": {"c_28": 34, "c_29": "9fb797", "c_30": {"$dt": "2026-07-17T00:00:00"}, "c_31": 483300.0, "c_32": "58ac4f", "c_33": "682", "c_34": "8538012914", "c_35": "Частичная оплата по счёту СЧ-2026-0046"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 34.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0ySTAXtcy3R3cl-oX6_DPw", "cells": {"c_28": 35, "c_29": "9fb797", "c_30": {"$dt": "2026-08-29T00:00:00"}, "c_31": 480700.0, "c_32": "58ac4f", "c_33": "6874", "c_34": "0029787535", "c_35": "Оплата по счёту СЧ-2026-0049, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 35.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Wfc5NDlM_c1-80jZfNU7nQ", "cells": {"c_28": 36, "c_29": "9fb797", "c_30": {"$dt": "2026-09-30T00:00:00"}, "c_31": 590200.0, "c_32": "58ac4f", "c_33": "410", "c_34": "1622948667", "c_35": "Частичная оплата по счёту СЧ-2026-0050"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 36.0, "_creator": 1, "_last_modifier": 1}, {"_id": "u5_s-NxoE3NFjj3b2bBe-w", "cells": {"c_28": 37, "c_29": "9fb797", "c_30": {"$dt": "2026-09-01T00:00:00"}, "c_31": 1046600.0, "c_32": "58ac4f", "c_33": "8209", "c_34": "8538012914", "c_35": "Оплата по счёту СЧ-2026-0051, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 37.0, "_creator": 1, "_last_modifier": 1}, {"_id": "13t_6GxB0VEg5nKNYquf5w", "cells": {"c_28": 38, "c_29": "9fb797", "c_30": {"$dt": "2026-11-02T00:00:00"}, "c_31": 809900.0, "c_32": "58ac4f", "c_33": "9787", "c_34": "1948939499", "c_35": "Оплата по счёту СЧ-2026-0052, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 38.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Yr68hxfHu59VaXTFbCxCXA", "cells": {"c_28": 39, "c_29": "9fb797", "c_30": {"$dt": "2026-08-09T00:00:00"}, "c_31": 1192700.0, "c_32": "58ac4f", "c_33": "567", "c_34": "4725877188", "c_35": "Оплата по счёту СЧ-2026-0053, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 39.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Gs5fDor8nfIMVjVNC-KINw", "cells": {"c_28": 40, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 162400.0, "c_32": "58ac4f", "c_33": "182", "c_34": "6804571781", "c_35": "Частичная оплата по счёту СЧ-2026-0055"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 40.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qy9oH1W_qqxeSHvKvn32tA", "cells": {"c_28": 41, "c_29": "9fb797", "c_30": {"$dt": "2026-11-13T00:00:00"}, "c_31": 541000.0, "c_32": "c40f03", "c_33": "7288", "c_34": "0029787535", "c_35": "Оплата по счёту СЧ-2026-0056, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 41.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4trF-agl_pTto5LshPj21A", "cells": {"c_28": 42, "c_29": "9fb797", "c_30": {"$dt": "2026-10-07T00:00:00"}, "c_31": 891500.0, "c_32": "c40f03", "c_33": "2855", "c_34": "6804571781", "c_35": "Оплата по счёту СЧ-2026-0057, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 42.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Le4lbZAwgANAO_w7UeRSvA", "cells": {"c_28": 43, "c_29": "9fb797", "c_30": {"$dt": "2026-10-15T00:00:00"}, "c_31": 312900.0, "c_32": "58ac4f", "c_33": "3865", "c_34": "1622948667", "c_35": "Частичная оплата по счёту СЧ-2026-0058"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 43.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2bKb_f5V2rUmZGjUKyrmEw", "cells": {"c_28": 44, "c_29": "9fb797", "c_30": {"$dt": "2026-08-10T00:00:00"}, "c_31": 241300.0, "c_32": "58ac4f", "c_33": "8918", "c_34": "1948939499", "c_35": "Частичная оплата по счёту СЧ-2026-0059"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 44.0, "_creator": 1, "_last_modifier": 1}, {"_id": "lp0OiZzv3GDV1bfHKH50Xg", "cells": {"c_28": 45, "c_29": "9fb797", "c_30": {"$dt": "2026-09-16T00:00:00"}, "c_31": 992400.0, "c_32": "58ac4f", "c_33": "7388", "c_34": "3041189551", "c_35": "Оплата по счёту СЧ-2026-0060, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 45.0, "_creator": 1, "_last_modifier": 1}, {"_id": "yY73i5xt1Rxs6WfGJIaKgg", "cells": {"c_28": 46, "c_29": "9fb797", "c_30": {"$dt": "2026-07-16T00:00:00"}, "c_31": 312000.0, "c_32": "58ac4f", "c_33": "8863", "c_34": "5060454142", "c_35": "Частичная оплата по счёту СЧ-2026-0061"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 46.0, "_creator": 1, "_last_modifier": 1}, {"_id": "duXoaTav7BBz68kEV2OJVA", "cells": {"c_28": 47, "c_29": "9fb797", "c_30": {"$dt": "2026-09-01T00:00:00"}, "c_31": 426200.0, "c_32": "c40f03", "c_33": "3950", "c_34": "7517799223", "c_35": "Оплата по счёту СЧ-2026-0065, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 47.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zO74ge-OUMme06wJwz1EFQ", "cells": {"c_28": 48, "c_29": "9fb797", "c_30": {"$dt": "2026-11-26T00:00:00"}, "c_31": 696300.0, "c_32": "58ac4f", "c_33": "5685", "c_34": "1948939499", "c_35": "Частичная оплата по счёту СЧ-2026-0066"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 48.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ExSYAgIYB2g9fkczEALd1A", "cells": {"c_28": 49, "c_29": "9fb797", "c_30": {"$dt": "2026-10-26T00:00:00"}, "c_31": 57600.0, "c_32": "58ac4f", "c_33": "7040", "c_34": "2059972835", "c_35": "Частичная оплата по счёту СЧ-2026-0067"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 49.0, "_creator": 1, "_last_modifier": 1}, {"_id": "E9OmDrvv38uWWE5AOkepjQ", "cells": {"c_28": 50, "c_29": "9fb797", "c_30": {"$dt": "2026-11-09T00:00:00"}, "c_31": 365700.0, "c_32": "58ac4f", "c_33": "8684", "c_34": "0161055000", "c_35": "Частичная оплата по счёту СЧ-2026-0069"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 50.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DsMztNpscnjGh8ACsAmS4Q", "cells": {"c_28": 51, "c_29": "9fb797", "c_30": {"$dt": "2026-11-25T00:00:00"}, "c_31": 251500.0, "c_32": "58ac4f", "c_33": "1456", "c_34": "5060454142", "c_35": "Частичная оплата по счёту СЧ-2026-0071"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 51.0, "_creator": 1, "_last_modifier": 1}, {"_id": "inUbz3Jv4HYfiLRkWOCmAg", "cells": {"c_28": 52, "c_29": "9fb797", "c_30": {"$dt": "2026-09-15T00:00:00"}, "c_31": 560200.0, "c_32": "58ac4f", "c_33": "9775", "c_34": "6804571781", "c_35": "Оплата по счёту СЧ-2026-0073, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 52.0, "_creator": 1, "_last_modifier": 1}, {"_id": "yxmwgT7OvOBCOzuQG9j3TA", "cells": {"c_28": 53, "c_29": "9fb797", "c_30": {"$dt": "2026-11-11T00:00:00"}, "c_31": 727000.0, "c_32": "58ac4f", "c_33": "5612", "c_34": "8764529128", "c_35": "Оплата по счёту СЧ-2026-0074, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 53.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zM-gcCWeg53xH_BagYoJmw", "cells": {"c_28": 54, "c_29": "9fb797", "c_30": {"$dt": "2026-09-03T00:00:00"}, "c_31": 141200.0, "c_32": "c40f03", "c_33": "9674", "c_34": "1622948667", "c_35": "Оплата по счёту СЧ-2026-0075, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 54.0, "_creator": 1, "_last_modifier": 1}, {"_id": "PFSWpnZA3Xl5p4QYsxv1-w", "cells": {"c_28": 55, "c_29": "9fb797", "c_30": {"$dt": "2026-07-24T00:00:00"}, "c_31": 583600.0, "c_32": "58ac4f", "c_33": "9982", "c_34": "6804571781", "c_35": "Оплата по счёту СЧ-2026-0076, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 55.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1SbptbQzwIyGyACQPOSzJA", "cells": {"c_28": 56, "c_29": "9fb797", "c_30": {"$dt": "2026-09-02T00:00:00"}, "c_31": 96000.0, "c_32": "58ac4f", "c_33": "990", "c_34": "6861642527", "c_35": "Частичная оплата по счёту СЧ-2026-0078"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 56.0, "_creator": 1, "_last_modifier": 1}, {"_id": "TmQeNesYZyNnKgJnva_nqA", "cells": {"c_28": 57, "c_29": "9fb797", "c_30": {"$dt": "2026-07-20T00:00:00"}, "c_31": 869000.0, "c_32": "58ac4f", "c_33": "4803", "c_34": "4725877188", "c_35": "Оплата по счёту СЧ-2026-0079, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 57.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rY_kCmUFx3nwhHenJKOrxA", "cells": {"c_28": 58, "c_29": "9fb797", "c_30": {"$dt": "2026-09-25T00:00:00"}, "c_31": 134500.0, "c_32": "58ac4f", "c_33": "6607", "c_34": "0161055000", "c_35": "Частичная оплата по счёту СЧ-2026-0080"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 58.0, "_creator": 1, "_last_modifier": 1}, {"_id": "CG-s1H7UvsEELbv3DsoOjA", "cells": {"c_28": 59, "c_29": "9fb797", "c_30": {"$dt": "2026-08-17T00:00:00"}, "c_31": 161300.0, "c_32": "58ac4f", "c_33": "1648", "c_34": "0161055000", "c_35": "Частичная оплата по счёту СЧ-2026-0081"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 59.0, "_creator": 1, "_last_modifier": 1}, {"_id": "N12db-eTgXvL6DC_Urf3Pg", "cells": {"c_28": 60, "c_29": "9fb797", "c_30": {"$dt": "2026-10-22T00:00:00"}, "c_31": 283800.0, "c_32": "58ac4f", "c_33": "264", "c_34": "7294055764", "c_35": "Частичная оплата по счёту СЧ-2026-0083"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 60.0, "_creator": 1, "_last_modifier": 1}, {"_id": "D0R3PXXOmeB6SKtuHmUYLQ", "cells": {"c_28": 61, "c_29": "9fb797", "c_30": {"$dt": "2026-11-06T00:00:00"}, "c_31": 292700.0, "c_32": "58ac4f", "c_33": "1922", "c_34": "0029787535", "c_35": "Частичная оплата по счёту СЧ-2026-0084"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 61.0, "_creator": 1, "_last_modifier": 1}, {"_id": "R26Obnwr7e23wquoht_wVg", "cells": {"c_28": 62, "c_29": "9fb797", "c_30": {"$dt": "2026-11-10T00:00:00"}, "c_31": 245100.0, "c_32": "c40f03", "c_33": "4218", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0085, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 62.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9SfVn3KFNFwZojuX98a3Zw", "cells": {"c_28": 63, "c_29": "9fb797", "c_30": {"$dt": "2026-07-15T00:00:00"}, "c_31": 360200.0, "c_32": "58ac4f", "c_33": "906", "c_34": "6455681516", "c_35": "Частичная оплата по счёту СЧ-2026-0086"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 63.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dUF9QogCjaJEEq0E3NY5nQ", "cells": {"c_28": 64, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 550900.0, "c_32": "58ac4f", "c_33": "1793", "c_34": "8764529128", "c_35": "Частичная оплата по счёту СЧ-2026-0087"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 64.0, "_creator": 1, "_last_modifier": 1}, {"_id": "P9S6KvGOD3noht2vy9ZdHg", "cells": {"c_28": 65, "c_29": "9fb797", "c_30": {"$dt": "2026-10-01T00:00:00"}, "c_31": 100100.0, "c_32": "58ac4f", "c_33": "875", "c_34": "4162105212", "c_35": "Оплата по счёту СЧ-2026-0088, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 65.0, "_creator": 1, "_last_modifier": 1}, {"_id": "omaOFO58h0vON01FU1fe8Q", "cells": {"c_28": 66, "c_29": "9fb797", "c_30": {"$dt": "2026-10-02T00:00:00"}, "c_31": 898900.0, "c_32": "c40f03", "c_33": "8105", "c_34": "7981933199", "c_35": "Оплата по счёту СЧ-2026-0090, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 66.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VO87TNGAgcepEdQHk6YNyg", "cells": {"c_28": 67, "c_29": "9fb797", "c_30": {"$dt": "2026-10-05T00:00:00"}, "c_31": 960200.0, "c_32": "58ac4f", "c_33": "7200", "c_34": "7370283821", "c_35": "Оплата по счёту СЧ-2026-0091, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 67.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-3OK-J9wW5OPvCIG15h_Jg", "cells": {"c_28": 68, "c_29": "9fb797", "c_30": {"$dt": "2026-09-06T00:00:00"}, "c_31": 25600.0, "c_32": "c40f03", "c_33": "5852", "c_34": "7517799223", "c_35": "Оплата по счёту СЧ-2026-0093, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 68.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4FZMUsXxuCVrNsYVSC6dDw", "cells": {"c_28": 69, "c_29": "9fb797", "c_30": {"$dt": "2026-11-26T00:00:00"}, "c_31": 515800.0, "c_32": "58ac4f", "c_33": "1565", "c_34": "0161055000", "c_35": "Оплата по счёту СЧ-2026-0094, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 69.0, "_creator": 1, "_last_modifier": 1}, {"_id": "r4k4d21B8kKzj8cJRKcAAw", "cells": {"c_28": 70, "c_29": "9fb797", "c_30": {"$dt": "2026-08-06T00:00:00"}, "c_31": 623100.0, "c_32": "58ac4f", "c_33": "4389", "c_34": "3017568206", "c_35": "Частичная оплата по счёту СЧ-2026-0095"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 70.0, "_creator": 1, "_last_modifier": 1}, {"_id": "N6jyZXEPyNfpOY803thqYQ", "cells": {"c_28": 71, "c_29": "9fb797", "c_30": {"$dt": "2026-10-09T00:00:00"}, "c_31": 418800.0, "c_32": "58ac4f", "c_33": "5607", "c_34": "3041189551", "c_35": "Частичная оплата по счёту СЧ-2026-0098"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 71.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Rh-wTg1sEWA4EraZl5pvCA", "cells": {"c_28": 72, "c_29": "9fb797", "c_30": {"$dt": "2026-08-24T00:00:00"}, "c_31": 526300.0, "c_32": "58ac4f", "c_33": "4689", "c_34": "7370283821", "c_35": "Оплата по счёту СЧ-2026-0099, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 72.0, "_creator": 1, "_last_modifier": 1}, {"_id": "l34_tx89dZtByPHRwLobwg", "cells": {"c_28": 73, "c_29": "9fb797", "c_30": {"$dt": "2026-10-08T00:00:00"}, "c_31": 1139800.0, "c_32": "58ac4f", "c_33": "4741", "c_34": "8764529128", "c_35": "Оплата по счёту СЧ-2026-0100, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 73.0, "_creator": 1, "_last_modifier": 1}, {"_id": "WryW5cSI9Ssv-Zl3KSsxdA", "cells": {"c_28": 74, "c_29": "9fb797", "c_30": {"$dt": "2026-06-03T00:00:00"}, "c_31": 606100.0, "c_32": "58ac4f", "c_33": "4456", "c_34": "7370283821", "c_35": "Частичная оплата по счёту СЧ-2026-0101"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 74.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_LkgPKwwSRIcVAFesSOpnQ", "cells": {"c_28": 75, "c_29": "9fb797", "c_30": {"$dt": "2026-08-21T00:00:00"}, "c_31": 676900.0, "c_32": "58ac4f", "c_33": "1238", "c_34": "1622948667", "c_35": "Оплата по счёту СЧ-2026-0102, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 75.0, "_creator": 1, "_last_modifier": 1}, {"_id": "J03dWcLeO2Qe5Q3yZA9sJw", "cells": {"c_28": 76, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 215400.0, "c_32": "58ac4f", "c_33": "9838", "c_34": "5939761584", "c_35": "Частичная оплата по счёту СЧ-2026-0103"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 76.0, "_creator": 1, "_last_modifier": 1}, {"_id": "eUHx1xz2HaVLeE6hQ_8JIg", "cells": {"c_28": 77, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 137200.0, "c_32": "58ac4f", "c_33": "8705", "c_34": "0029787535", "c_35": "Частичная оплата по счёту СЧ-2026-0104"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 77.0, "_creator": 1, "_last_modifier": 1}, {"_id": "AMgmfgj9QfGdVgRSsJd9_A", "cells": {"c_28": 78, "c_29": "9fb797", "c_30": {"$dt": "2026-08-24T00:00:00"}, "c_31": 837900.0, "c_32": "c40f03", "c_33": "1371", "c_34": "4524410643", "c_35": "Оплата по счёту СЧ-2026-0105, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 78.0, "_creator": 1, "_last_modifier": 1}, {"_id": "SHoPwGhcTgME7DFaSQbb2Q", "cells": {"c_28": 79, "c_29": "9fb797", "c_30": {"$dt": "2026-12-05T00:00:00"}, "c_31": 51800.0, "c_32": "58ac4f", "c_33": "156", "c_34": "0029787535", "c_35": "Частичная оплата по счёту СЧ-2026-0106"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 79.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5LC-jGdASBlIi505NYFNKw", "cells": {"c_28": 80, "c_29": "9fb797", "c_30": {"$dt": "2026-09-12T00:00:00"}, "c_31": 67900.0, "c_32": "58ac4f", "c_33": "2365", "c_34": "7981933199", "c_35": "Частичная оплата по счёту СЧ-2026-0108"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 80.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bjo72VkdpMxcFWjVUWt-mA", "cells": {"c_28": 81, "c_29": "9fb797", "c_30": {"$dt": "2026-11-05T00:00:00"}, "c_31": 74400.0, "c_32": "58ac4f", "c_33": "1750", "c_34": "3041189551", "c_35": "Частичная оплата по счёту СЧ-2026-0110"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 81.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Q4jfmw_2a0wyRcnWQYrWow", "cells": {"c_28": 82, "c_29": "9fb797", "c_30": {"$dt": "2026-11-27T00:00:00"}, "c_31": 122800.0, "c_32": "58ac4f", "c_33": "1839", "c_34": "6861642527", "c_35": "Частичная оплата по счёту СЧ-2026-0111"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 82.0, "_creator": 1, "_last_modifier": 1}, {"_id": "mInh1oDO4q_NLdIMB9EAPw", "cells": {"c_28": 83, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 401600.0, "c_32": "58ac4f", "c_33": "4356", "c_34": "8764529128", "c_35": "Частичная оплата по счёту СЧ-2026-0112"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 83.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Gslks2m-GyF2PHl2QcLmFA", "cells": {"c_28": 84, "c_29": "9fb797", "c_30": {"$dt": "2026-10-23T00:00:00"}, "c_31": 1162200.0, "c_32": "58ac4f", "c_33": "6566", "c_34": "0161055000", "c_35": "Оплата по счёту СЧ-2026-0113, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 84.0, "_creator": 1, "_last_modifier": 1}, {"_id": "jbIf6taSL2Wk5YGwe5xIwQ", "cells": {"c_28": 85, "c_29": "9fb797", "c_30": {"$dt": "2026-11-09T00:00:00"}, "c_31": 665400.0, "c_32": "58ac4f", "c_33": "7557", "c_34": "8486488763", "c_35": "Оплата по счёту СЧ-2026-0114, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 85.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4098tK2m3PQu5JHIF0Ii8A", "cells": {"c_28": 86, "c_29": "9fb797", "c_30": {"$dt": "2026-11-26T00:00:00"}, "c_31": 460600.0, "c_32": "c40f03", "c_33": "2581", "c_34": "4524410643", "c_35": "Оплата по счёту СЧ-2026-0115, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 86.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0u3alX-H5NAz6oCAez2Cew", "cells": {"c_28": 87, "c_29": "9fb797", "c_30": {"$dt": "2026-08-04T00:00:00"}, "c_31": 264300.0, "c_32": "58ac4f", "c_33": "2628", "c_34": "1588139984", "c_35": "Частичная оплата по счёту СЧ-2026-0116"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 87.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uS56xScDcGf3whAgHU0dqg", "cells": {"c_28": 88, "c_29": "9fb797", "c_30": {"$dt": "2026-06-18T00:00:00"}, "c_31": 480000.0, "c_32": "58ac4f", "c_33": "6360", "c_34": "5060454142", "c_35": "Частичная оплата по счёту СЧ-2026-0117"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 88.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hmlF6Lxp5dp9matRxBhJ9Q", "cells": {"c_28": 89, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 385700.0, "c_32": "58ac4f", "c_33": "1824", "c_34": "7147513621", "c_35": "Оплата по счёту СЧ-2026-0118, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 89.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9pzwUTx49BJsJ0k2nwBMcQ", "cells": {"c_28": 90, "c_29": "9fb797", "c_30": {"$dt": "2026-08-08T00:00:00"}, "c_31": 53900.0, "c_32": "c40f03", "c_33": "1889", "c_34": "1622948667", "c_35": "Оплата по счёту СЧ-2026-0120, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 90.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6uNQ3t4dC3b74iDq9z9VDg", "cells": {"c_28": 91, "c_29": "9fb797", "c_30": {"$dt": "2026-09-15T00:00:00"}, "c_31": 597600.0, "c_32": "58ac4f", "c_33": "5578", "c_34": "6861642527", "c_35": "Частичная оплата по счёту СЧ-2026-0121"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 91.0, "_creator": 1, "_last_modifier": 1}, {"_id": "WMQKfqNpxZovFfzkoCJQtA", "cells": {"c_28": 92, "c_29": "9fb797", "c_30": {"$dt": "2026-11-28T00:00:00"}, "c_31": 55300.0, "c_32": "58ac4f", "c_33": "956", "c_34": "7981933199", "c_35": "Оплата по счёту СЧ-2026-0122, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 92.0, "_creator": 1, "_last_modifier": 1}, {"_id": "aX1AwoM5HnP8ajwvMPwgAg", "cells": {"c_28": 93, "c_29": "9fb797", "c_30": {"$dt": "2026-08-02T00:00:00"}, "c_31": 315100.0, "c_32": "58ac4f", "c_33": "9035", "c_34": "7981933199", "c_35": "Частичная оплата по счёту СЧ-2026-0124"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 93.0, "_creator": 1, "_last_modifier": 1}, {"_id": "eT-I8akLsAxBZI3pzGtgzw", "cells": {"c_28": 94, "c_29": "9fb797", "c_30": {"$dt": "2026-09-23T00:00:00"}, "c_31": 17100.0, "c_32": "58ac4f", "c_33": "6127", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0125, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 94.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zrcEs5QfrDABgoZWcCoLyA", "cells": {"c_28": 95, "c_29": "9fb797", "c_30": {"$dt": "2026-09-15T00:00:00"}, "c_31": 172900.0, "c_32": "c40f03", "c_33": "1178", "c_34": "9406925660", "c_35": "Оплата по счёту СЧ-2026-0127, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 95.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uKqhuD2M3LHjeXuJPtl4uQ", "cells": {"c_28": 96, "c_29": "9fb797", "c_30": {"$dt": "2026-11-06T00:00:00"}, "c_31": 791600.0, "c_32": "58ac4f", "c_33": "3454", "c_34": "2081967277", "c_35": "Частичная оплата по счёту СЧ-2026-0128"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 96.0, "_creator": 1, "_last_modifier": 1}, {"_id": "QdakkFzETBtksp2aUed37g", "cells": {"c_28": 97, "c_29": "9fb797", "c_30": {"$dt": "2026-09-24T00:00:00"}, "c_31": 483900.0, "c_32": "c40f03", "c_33": "5095", "c_34": "7517799223", "c_35": "Оплата по счёту СЧ-2026-0129, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 97.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0MjvVeSvp3c3wuGzM75MsQ", "cells": {"c_28": 98, "c_29": "9fb797", "c_30": {"$dt": "2026-10-06T00:00:00"}, "c_31": 90600.0, "c_32": "58ac4f", "c_33": "2666", "c_34": "6897684697", "c_35": "Частичная оплата по счёту СЧ-2026-0130"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 98.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dBRPZeMZ3ybxTbzz_f2Jnw", "cells": {"c_28": 99, "c_29": "9fb797", "c_30": {"$dt": "2026-10-02T00:00:00"}, "c_31": 158600.0, "c_32": "58ac4f", "c_33": "747", "c_34": "9579318607", "c_35": "Частичная оплата по счёту СЧ-2026-0131"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 99.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hMIRjKVgo2cxHCFTwIrpeA", "cells": {"c_28": 100, "c_29": "9fb797", "c_30": {"$dt": "2026-08-20T00:00:00"}, "c_31": 443400.0, "c_32": "c40f03", "c_33": "7528", "c_34": "3091141700", "c_35": "Оплата по счёту СЧ-2026-0132, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 100.0, "_creator": 1, "_last_modifier": 1}, {"_id": "QaPpYzkrS0Zu-7cJgdR26g", "cells": {"c_28": 101, "c_29": "9fb797", "c_30": {"$dt": "2026-12-04T00:00:00"}, "c_31": 316700.0, "c_32": "58ac4f", "c_33": "4098", "c_34": "1622948667", "c_35": "Оплата по счёту СЧ-2026-0134, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 101.0, "_creator": 1, "_last_modifier": 1}, {"_id": "n5UhvQCpV7B2wfakXMNL4Q", "cells": {"c_28": 102, "c_29": "9fb797", "c_30": {"$dt": "2026-11-09T00:00:00"}, "c_31": 994300.0, "c_32": "c40f03", "c_33": "5654", "c_34": "8538012914", "c_35": "Оплата по счёту СЧ-2026-0135, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 102.0, "_creator": 1, "_last_modifier": 1}, {"_id": "kMFXg3rl2d08Fh9botF5Ug", "cells": {"c_28": 103, "c_29": "9fb797", "c_30": {"$dt": "2026-11-14T00:00:00"}, "c_31": 876200.0, "c_32": "58ac4f", "c_33": "828", "c_34": "6455681516", "c_35": "Оплата по счёту СЧ-2026-0136, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 103.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bEf0t8DWbgDlvIC1C5MrXw", "cells": {"c_28": 104, "c_29": "9fb797", "c_30": {"$dt": "2026-11-05T00:00:00"}, "c_31": 27600.0, "c_32": "58ac4f", "c_33": "9498", "c_34": "2081967277", "c_35": "Частичная оплата по счёту СЧ-2026-0137"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 104.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VUgY3WOAJ086MSo7dVzDQg", "cells": {"c_28": 105, "c_29": "9fb797", "c_30": {"$dt": "2026-09-24T00:00:00"}, "c_31": 119800.0, "c_32": "c40f03", "c_33": "6778", "c_34": "3017568206", "c_35": "Оплата по счёту СЧ-2026-0138, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 105.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FnUxuXxUu3U0WxEaukQeBQ", "cells": {"c_28": 106, "c_29": "9fb797", "c_30": {"$dt": "2026-11-06T00:00:00"}, "c_31": 593300.0, "c_32": "58ac4f", "c_33": "8263", "c_34": "3017568206", "c_35": "Частичная оплата по счёту СЧ-2026-0139"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 106.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5sDgb6Hg9LKxUmp2WDiJyQ", "cells": {"c_28": 107, "c_29": "9fb797", "c_30": {"$dt": "2026-11-13T00:00:00"}, "c_31": 102800.0, "c_32": "58ac4f", "c_33": "7293", "c_34": "5060454142", "c_35": "Частичная оплата по счёту СЧ-2026-0140"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 107.0, "_creator": 1, "_last_modifier": 1}, {"_id": "W3DOFBSwjGm0MHlYkTGJTQ", "cells": {"c_28": 108, "c_29": "9fb797", "c_30": {"$dt": "2026-10-13T00:00:00"}, "c_31": 79200.0, "c_32": "58ac4f", "c_33": "7874", "c_34": "1622948667", "c_35": "Частичная оплата по счёту СЧ-2026-0141"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 108.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZgfYoVCT8zB8jf1zPjX9RA", "cells": {"c_28": 109, "c_29": "9fb797", "c_30": {"$dt": "2026-08-18T00:00:00"}, "c_31": 1174100.0, "c_32": "c40f03", "c_33": "2922", "c_34": "5060454142", "c_35": "Оплата по счёту СЧ-2026-0143, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 109.0, "_creator": 1, "_last_modifier": 1}, {"_id": "YU1IEogTq2zg3DA9DrCZXA", "cells": {"c_28": 110, "c_29": "9fb797", "c_30": {"$dt": "2026-08-14T00:00:00"}, "c_31": 152600.0, "c_32": "58ac4f", "c_33": "1568", "c_34": "1622948667", "c_35": "Частичная оплата по счёту СЧ-2026-0144"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 110.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wH5Rr_HjuJPgA_PuLjxoiw", "cells": {"c_28": 111, "c_29": "9fb797", "c_30": {"$dt": "2026-08-09T00:00:00"}, "c_31": 85800.0, "c_32": "58ac4f", "c_33": "6227", "c_34": "8764529128", "c_35": "Частичная оплата по счёту СЧ-2026-0145"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 111.0, "_creator": 1, "_last_modifier": 1}, {"_id": "QHNypzeK5wVC6uQFs8Mfsw", "cells": {"c_28": 112, "c_29": "9fb797", "c_30": {"$dt": "2026-09-04T00:00:00"}, "c_31": 608600.0, "c_32": "c40f03", "c_33": "3657", "c_34": "9579318607", "c_35": "Оплата по счёту СЧ-2026-0146, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 112.0, "_creator": 1, "_last_modifier": 1}, {"_id": "lL6mjMI8mHKsKKh1IEeZKw", "cells": {"c_28": 113, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 390700.0, "c_32": "58ac4f", "c_33": "1988", "c_34": "3091141700", "c_35": "Частичная оплата по счёту СЧ-2026-0149"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 113.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DPdhtwi41DRiLKkfdtNUdg", "cells": {"c_28": 114, "c_29": "9fb797", "c_30": {"$dt": "2026-11-23T00:00:00"}, "c_31": 130200.0, "c_32": "58ac4f", "c_33": "796", "c_34": "1588139984", "c_35": "Частичная оплата по счёту СЧ-2026-0150"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 114.0, "_creator": 1, "_last_modifier": 1}, {"_id": "VrIw5bgXyk4Z1r0vWQop7A", "cells": {"c_28": 115, "c_29": "9fb797", "c_30": {"$dt": "2026-10-03T00:00:00"}, "c_31": 1127500.0, "c_32": "c40f03", "c_33": "1770", "c_34": "2280886424", "c_35": "Оплата по счёту СЧ-2026-0153, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 115.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Q311cgSGGbd9XU9AKw5eAA", "cells": {"c_28": 116, "c_29": "9fb797", "c_30": {"$dt": "2026-11-25T00:00:00"}, "c_31": 105300.0, "c_32": "58ac4f", "c_33": "4996", "c_34": "3041189551", "c_35": "Частичная оплата по счёту СЧ-2026-0156"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 116.0, "_creator": 1, "_last_modifier": 1}, {"_id": "wXJAvAco1tx5076WScqcuQ", "cells": {"c_28": 117, "c_29": "9fb797", "c_30": {"$dt": "2026-11-01T00:00:00"}, "c_31": 388200.0, "c_32": "58ac4f", "c_33": "5324", "c_34": "0029787535", "c_35": "Частичная оплата по счёту СЧ-2026-0157"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 117.0, "_creator": 1, "_last_modifier": 1}, {"_id": "sVhdlX-gaUEjUKoJ34hrww", "cells": {"c_28": 118, "c_29": "9fb797", "c_30": {"$dt": "2026-10-15T00:00:00"}, "c_31": 182300.0, "c_32": "58ac4f", "c_33": "5561", "c_34": "2280886424", "c_35": "Оплата по счёту СЧ-2026-0158, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 118.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FmxKt6PffuA6TBVUuPmJsA", "cells": {"c_28": 119, "c_29": "9fb797", "c_30": {"$dt": "2026-11-21T00:00:00"}, "c_31": 633500.0, "c_32": "58ac4f", "c_33": "5473", "c_34": "2059972835", "c_35": "Оплата по счёту СЧ-2026-0159, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 119.0, "_creator": 1, "_last_modifier": 1}, {"_id": "iUKHbQJPdOvszqNEUsyzMA", "cells": {"c_28": 120, "c_29": "9fb797", "c_30": {"$dt": "2026-09-06T00:00:00"}, "c_31": 422900.0, "c_32": "c40f03", "c_33": "6025", "c_34": "1588139984", "c_35": "Оплата по счёту СЧ-2026-0161, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 120.0, "_creator": 1, "_last_modifier": 1}, {"_id": "X73OjCxExSRzV8nm1jbX3g", "cells": {"c_28": 121, "c_29": "9fb797", "c_30": {"$dt": "2026-08-09T00:00:00"}, "c_31": 157900.0, "c_32": "58ac4f", "c_33": "1320", "c_34": "6861642527", "c_35": "Оплата по счёту СЧ-2026-0162, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 121.0, "_creator": 1, "_last_modifier": 1}, {"_id": "UpqdukSi--j4D1ydtbVqWg", "cells": {"c_28": 122, "c_29": "9fb797", "c_30": {"$dt": "2026-08-01T00:00:00"}, "c_31": 19700.0, "c_32": "58ac4f", "c_33": "1329", "c_34": "6455681516", "c_35": "Частичная оплата по счёту СЧ-2026-0164"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 122.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hAvmWLnZRkYjFgNMFr0jDQ", "cells": {"c_28": 123, "c_29": "9fb797", "c_30": {"$dt": "2026-11-23T00:00:00"}, "c_31": 819300.0, "c_32": "58ac4f", "c_33": "4619", "c_34": "0029787535", "c_35": "Частичная оплата по счёту СЧ-2026-0166"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 123.0, "_creator": 1, "_last_modifier": 1}, {"_id": "IQr0DCoeUz1Nh1QS1HDLMw", "cells": {"c_28": 124, "c_29": "9fb797", "c_30": {"$dt": "2026-09-25T00:00:00"}, "c_31": 86700.0, "c_32": "c40f03", "c_33": "7280", "c_34": "7294055764", "c_35": "Оплата по счёту СЧ-2026-0167, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 124.0, "_creator": 1, "_last_modifier": 1}, {"_id": "nX4johb5ob-534_2JoMAXg", "cells": {"c_28": 125, "c_29": "9fb797", "c_30": {"$dt": "2026-11-06T00:00:00"}, "c_31": 565500.0, "c_32": "58ac4f", "c_33": "2674", "c_34": "7981933199", "c_35": "Частичная оплата по счёту СЧ-2026-0169"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 125.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZuDyrnFFonIyPT9oF1kmfQ", "cells": {"c_28": 126, "c_29": "9fb797", "c_30": {"$dt": "2026-05-29T00:00:00"}, "c_31": 520700.0, "c_32": "58ac4f", "c_33": "8067", "c_34": "7517799223", "c_35": "Частичная оплата по счёту СЧ-2026-0170"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 126.0, "_creator": 1, "_last_modifier": 1}, {"_id": "yTDnDS7kFqYaOdGq1ugKQw", "cells": {"c_28": 127, "c_29": "9fb797", "c_30": {"$dt": "2026-07-02T00:00:00"}, "c_31": 110100.0, "c_32": "58ac4f", "c_33": "5285", "c_34": "5939761584", "c_35": "Частичная оплата по счёту СЧ-2026-0171"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 127.0, "_creator": 1, "_last_modifier": 1}, {"_id": "GxAcgpDwwaHw0ZiK3dY1yg", "cells": {"c_28": 128, "c_29": "9fb797", "c_30": {"$dt": "2026-12-03T00:00:00"}, "c_31": 459000.0, "c_32": "58ac4f", "c_33": "3179", "c_34": "9579318607", "c_35": "Частичная оплата по счёту СЧ-2026-0173"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 128.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ndDSRq33uHP_-djIkRhUKw", "cells": {"c_28": 129, "c_29": "9fb797", "c_30": {"$dt": "2026-07-01T00:00:00"}, "c_31": 375300.0, "c_32": "c40f03", "c_33": "7517", "c_34": "6804571781", "c_35": "Оплата по счёту СЧ-2026-0174, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 129.0, "_creator": 1, "_last_modifier": 1}, {"_id": "P1oUYC0J6QD3AFK8crtzuQ", "cells": {"c_28": 130, "c_29": "9fb797", "c_30": {"$dt": "2026-11-05T00:00:00"}, "c_31": 300800.0, "c_32": "58ac4f", "c_33": "7576", "c_34": "7517799223", "c_35": "Частичная оплата по счёту СЧ-2026-0175"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 130.0, "_creator": 1, "_last_modifier": 1}, {"_id": "3IZmFWzAoFvpk9M0IPlRpA", "cells": {"c_28": 131, "c_29": "9fb797", "c_30": {"$dt": "2026-10-03T00:00:00"}, "c_31": 980900.0, "c_32": "c40f03", "c_33": "5877", "c_34": "3091141700", "c_35": "Оплата по счёту СЧ-2026-0176, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 131.0, "_creator": 1, "_last_modifier": 1}, {"_id": "aLp7uo8MuDgHW_gASR6rlA", "cells": {"c_28": 132, "c_29": "9fb797", "c_30": {"$dt": "2026-06-29T00:00:00"}, "c_31": 886500.0, "c_32": "c40f03", "c_33": "1557", "c_34": "8486488763", "c_35": "Оплата по счёту СЧ-2026-0177, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 132.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Odn85weWUOXtfg3hkFPBxw", "cells": {"c_28": 133, "c_29": "9fb797", "c_30": {"$dt": "2026-11-02T00:00:00"}, "c_31": 196800.0, "c_32": "58ac4f", "c_33": "3511", "c_34": "6804571781", "c_35": "Частичная оплата по счёту СЧ-2026-0178"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 133.0, "_creator": 1, "_last_modifier": 1}, {"_id": "y5OaFi6JD8rb7ZUniEEygA", "cells": {"c_28": 134, "c_29": "9fb797", "c_30": {"$dt": "2026-12-01T00:00:00"}, "c_31": 220700.0, "c_32": "58ac4f", "c_33": "4945", "c_34": "7294055764", "c_35": "Оплата по счёту СЧ-2026-0180, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 134.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cpVcaD5LHsvBDncvgWrr0A", "cells": {"c_28": 135, "c_29": "9fb797", "c_30": {"$dt": "2026-09-03T00:00:00"}, "c_31": 1082100.0, "c_32": "58ac4f", "c_33": "4850", "c_34": "2280886424", "c_35": "Оплата по счёту СЧ-2026-0182, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 135.0, "_creator": 1, "_last_modifier": 1}, {"_id": "mNZ01U4lXGIpcURJNtKlNA", "cells": {"c_28": 136, "c_29": "9fb797", "c_30": {"$dt": "2026-12-02T00:00:00"}, "c_31": 658700.0, "c_32": "58ac4f", "c_33": "6566", "c_34": "7147513621", "c_35": "Частичная оплата по счёту СЧ-2026-0183"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 136.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FQGwQBT8QCFQL6EzL9MQkw", "cells": {"c_28": 137, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 679400.0, "c_32": "58ac4f", "c_33": "6578", "c_34": "6897684697", "c_35": "Частичная оплата по счёту СЧ-2026-0184"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 137.0, "_creator": 1, "_last_modifier": 1}, {"_id": "PIs4DP_1lzgP-4VodMQiPQ", "cells": {"c_28": 138, "c_29": "9fb797", "c_30": {"$dt": "2026-08-18T00:00:00"}, "c_31": 740400.0, "c_32": "58ac4f", "c_33": "894", "c_34": "2059972835", "c_35": "Оплата по счёту СЧ-2026-0186, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 138.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hEd_07e2rE8czZJB4-0LdA", "cells": {"c_28": 139, "c_29": "9fb797", "c_30": {"$dt": "2026-10-15T00:00:00"}, "c_31": 524000.0, "c_32": "58ac4f", "c_33": "935", "c_34": "4725877188", "c_35": "Оплата по счёту СЧ-2026-0187, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 139.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HqYP8RdnZGwdW5sp4reA8Q", "cells": {"c_28": 140, "c_29": "9fb797", "c_30": {"$dt": "2026-10-06T00:00:00"}, "c_31": 1156400.0, "c_32": "58ac4f", "c_33": "3467", "c_34": "9406925660", "c_35": "Оплата по счёту СЧ-2026-0188, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 140.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-HIn_Jy4dLBb21vySo5THQ", "cells": {"c_28": 141, "c_29": "9fb797", "c_30": {"$dt": "2026-11-05T00:00:00"}, "c_31": 489000.0, "c_32": "58ac4f", "c_33": "3702", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0189, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 141.0, "_creator": 1, "_last_modifier": 1}, {"_id": "eDYbndh9kascbxbbyTk5eA", "cells": {"c_28": 142, "c_29": "9fb797", "c_30": {"$dt": "2026-06-02T00:00:00"}, "c_31": 18500.0, "c_32": "58ac4f", "c_33": "7328", "c_34": "4524410643", "c_35": "Оплата по счёту СЧ-2026-0190, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 142.0, "_creator": 1, "_last_modifier": 1}, {"_id": "l8_Z5VFStnIvM31BEVfMLA", "cells": {"c_28": 143, "c_29": "9fb797", "c_30": {"$dt": "2026-08-22T00:00:00"}, "c_31": 100100.0, "c_32": "58ac4f", "c_33": "9350", "c_34": "7147513621", "c_35": "Частичная оплата по счёту СЧ-2026-0191"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 143.0, "_creator": 1, "_last_modifier": 1}, {"_id": "nTSTsAMf79gySdw5PsPdKg", "cells": {"c_28": 144, "c_29": "9fb797", "c_30": {"$dt": "2026-06-03T00:00:00"}, "c_31": 268000.0, "c_32": "58ac4f", "c_33": "9205", "c_34": "3091141700", "c_35": "Частичная оплата по счёту СЧ-2026-0192"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 144.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MtZZZ4N4ETjk5GpjxbtnIA", "cells": {"c_28": 145, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 194700.0, "c_32": "58ac4f", "c_33": "5473", "c_34": "7370283821", "c_35": "Частичная оплата по счёту СЧ-2026-0193"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 145.0, "_creator": 1, "_last_modifier": 1}, {"_id": "W7VGM_NHFg6LPBYFdJSUWg", "cells": {"c_28": 146, "c_29": "9fb797", "c_30": {"$dt": "2026-08-03T00:00:00"}, "c_31": 233800.0, "c_32": "58ac4f", "c_33": "7540", "c_34": "6861642527", "c_35": "Оплата по счёту СЧ-2026-0195, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 146.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DspKzLu6j2_ExEsMcOU8Kg", "cells": {"c_28": 147, "c_29": "9fb797", "c_30": {"$dt": "2026-09-05T00:00:00"}, "c_31": 568500.0, "c_32": "c40f03", "c_33": "5460", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0196, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 147.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dGhz3SwaXhzywy0PnfhX_Q", "cells": {"c_28": 148, "c_29": "9fb797", "c_30": {"$dt": "2026-07-12T00:00:00"}, "c_31": 835100.0, "c_32": "58ac4f", "c_33": "4614", "c_34": "7147513621", "c_35": "Оплата по счёту СЧ-2026-0197, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 148.0, "_creator": 1, "_last_modifier": 1}, {"_id": "yNAaLXKfGAzTkv5woy0o5w", "cells": {"c_28": 149, "c_29": "9fb797", "c_30": {"$dt": "2026-12-01T00:00:00"}, "c_31": 242200.0, "c_32": "58ac4f", "c_33": "7425", "c_34": "6897684697", "c_35": "Частичная оплата по счёту СЧ-2026-0198"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 149.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_wka0Rbyzsl1Pk8O6yBQow", "cells": {"c_28": 150, "c_29": "9fb797", "c_30": {"$dt": "2026-11-01T00:00:00"}, "c_31": 805400.0, "c_32": "58ac4f", "c_33": "8699", "c_34": "5060454142", "c_35": "Частичная оплата по счёту СЧ-2026-0199"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 150.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0SS-jNMvCnT1F6SXrwxsmw", "cells": {"c_28": 151, "c_29": "9fb797", "c_30": {"$dt": "2026-07-10T00:00:00"}, "c_31": 697800.0, "c_32": "58ac4f", "c_33": "9729", "c_34": "6861642527", "c_35": "Оплата по счёту СЧ-2026-0200, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 151.0, "_creator": 1, "_last_modifier": 1}, {"_id": "gbAsqTS9pADxeu7_B1yT5A", "cells": {"c_28": 152, "c_29": "9fb797", "c_30": {"$dt": "2026-08-27T00:00:00"}, "c_31": 1165600.0, "c_32": "c40f03", "c_33": "9842", "c_34": "2280886424", "c_35": "Оплата по счёту СЧ-2026-0202, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 152.0, "_creator": 1, "_last_modifier": 1}, {"_id": "jrGr1q9yMWMSG2PQqqhHGw", "cells": {"c_28": 153, "c_29": "9fb797", "c_30": {"$dt": "2026-08-12T00:00:00"}, "c_31": 621200.0, "c_32": "58ac4f", "c_33": "3199", "c_34": "7294055764", "c_35": "Частичная оплата по счёту СЧ-2026-0203"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 153.0, "_creator": 1, "_last_modifier": 1}, {"_id": "H3Xx6n_LUixdNwxQVUg4gg", "cells": {"c_28": 154, "c_29": "9fb797", "c_30": {"$dt": "2026-08-20T00:00:00"}, "c_31": 463900.0, "c_32": "58ac4f", "c_33": "7288", "c_34": "0161055000", "c_35": "Оплата по счёту СЧ-2026-0204, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 154.0, "_creator": 1, "_last_modifier": 1}, {"_id": "OugggPmDIsRExt1ekdanKQ", "cells": {"c_28": 155, "c_29": "9fb797", "c_30": {"$dt": "2026-11-16T00:00:00"}, "c_31": 764900.0, "c_32": "c40f03", "c_33": "6476", "c_34": "8486488763", "c_35": "Оплата по счёту СЧ-2026-0205, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 155.0, "_creator": 1, "_last_modifier": 1}, {"_id": "istQGpDfpmLTrNp1lNInqA", "cells": {"c_28": 156, "c_29": "9fb797", "c_30": {"$dt": "2026-10-30T00:00:00"}, "c_31": 319500.0, "c_32": "58ac4f", "c_33": "8392", "c_34": "5060454142", "c_35": "Оплата по счёту СЧ-2026-0206, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 156.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0kF6eLqvEfgSBJT3tHS7lg", "cells": {"c_28": 157, "c_29": "9fb797", "c_30": {"$dt": "2026-09-29T00:00:00"}, "c_31": 16700.0, "c_32": "58ac4f", "c_33": "9538", "c_34": "7981933199", "c_35": "Частичная оплата по счёту СЧ-2026-0207"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 157.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_hbfWahKWnv5QO8T-0vj7w", "cells": {"c_28": 158, "c_29": "9fb797", "c_30": {"$dt": "2026-09-23T00:00:00"}, "c_31": 532200.0, "c_32": "58ac4f", "c_33": "5433", "c_34": "2059972835", "c_35": "Частичная оплата по счёту СЧ-2026-0210"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 158.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zI3e2wXoMeIeocH9zhOiQg", "cells": {"c_28": 159, "c_29": "9fb797", "c_30": {"$dt": "2026-10-17T00:00:00"}, "c_31": 1005800.0, "c_32": "58ac4f", "c_33": "1068", "c_34": "3041189551", "c_35": "Оплата по счёту СЧ-2026-0211, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 159.0, "_creator": 1, "_last_modifier": 1}, {"_id": "tKSnHI4z7sxguA76mS5X9A", "cells": {"c_28": 160, "c_29": "9fb797", "c_30": {"$dt": "2026-10-16T00:00:00"}, "c_31": 793000.0, "c_32": "c40f03", "c_33": "1288", "c_34": "0161055000", "c_35": "Оплата по счёту СЧ-2026-0212, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 160.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ju861lf9bOjfkFHQzri50w", "cells": {"c_28": 161, "c_29": "9fb797", "c_30": {"$dt": "2026-07-24T00:00:00"}, "c_31": 665100.0, "c_32": "58ac4f", "c_33": "611", "c_34": "6861642527", "c_35": "Частичная оплата по счёту СЧ-2026-0213"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 161.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JE90DTX0Ql7quq9EwGCgVg", "cells": {"c_28": 162, "c_29": "9fb797", "c_30": {"$dt": "2026-08-24T00:00:00"}, "c_31": 358000.0, "c_32": "58ac4f", "c_33": "5079", "c_34": "4524410643", "c_35": "Оплата по счёту СЧ-2026-0214, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 162.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9onX8iZZPOlAJxt_7m0b5A", "cells": {"c_28": 163, "c_29": "9fb797", "c_30": {"$dt": "2026-08-25T00:00:00"}, "c_31": 1119500.0, "c_32": "58ac4f", "c_33": "6838", "c_34": "1948939499", "c_35": "Оплата по счёту СЧ-2026-0215, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 163.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6QPn0o7mBUOr0M0_6dp3ag", "cells": {"c_28": 164, "c_29": "9fb797", "c_30": {"$dt": "2026-11-23T00:00:00"}, "c_31": 648900.0, "c_32": "c40f03", "c_33": "1915", "c_34": "0161055000", "c_35": "Оплата по счёту СЧ-2026-0217, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 164.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4IwGbi-gRK1DUVZM1qGXOA", "cells": {"c_28": 165, "c_29": "9fb797", "c_30": {"$dt": "2026-09-24T00:00:00"}, "c_31": 953000.0, "c_32": "58ac4f", "c_33": "3949", "c_34": "3091141700", "c_35": "Оплата по счёту СЧ-2026-0218, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 165.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6DbA3Rh7S21mHrNlUkr6yA", "cells": {"c_28": 166, "c_29": "9fb797", "c_30": {"$dt": "2026-07-21T00:00:00"}, "c_31": 140800.0, "c_32": "c40f03", "c_33": "3054", "c_34": "8538012914", "c_35": "Оплата по счёту СЧ-2026-0219, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 166.0, "_creator": 1, "_last_modifier": 1}, {"_id": "z3VZmflJDeHln0MbBKhS-Q", "cells": {"c_28": 167, "c_29": "9fb797", "c_30": {"$dt": "2026-08-20T00:00:00"}, "c_31": 878200.0, "c_32": "58ac4f", "c_33": "9060", "c_34": "2280886424", "c_35": "Оплата по счёту СЧ-2026-0220, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 167.0, "_creator": 1, "_last_modifier": 1}, {"_id": "DfJ1A486p9DrIC_Sjqjjiw", "cells": {"c_28": 168, "c_29": "9fb797", "c_30": {"$dt": "2026-11-12T00:00:00"}, "c_31": 63000.0, "c_32": "58ac4f", "c_33": "3901", "c_34": "6897684697", "c_35": "Частичная оплата по счёту СЧ-2026-0221"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 168.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JeYBrIWYJ1sKK8_Mq5Y51A", "cells": {"c_28": 169, "c_29": "9fb797", "c_30": {"$dt": "2026-08-03T00:00:00"}, "c_31": 121500.0, "c_32": "58ac4f", "c_33": "8533", "c_34": "1622948667", "c_35": "Частичная оплата по счёту СЧ-2026-0223"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 169.0, "_creator": 1, "_last_modifier": 1}, {"_id": "45zfwjhIGBNkJMJY6kEKnA", "cells": {"c_28": 170, "c_29": "9fb797", "c_30": {"$dt": "2026-12-03T00:00:00"}, "c_31": 88400.0, "c_32": "58ac4f", "c_33": "7939", "c_34": "7294055764", "c_35": "Частичная оплата по счёту СЧ-2026-0224"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 170.0, "_creator": 1, "_last_modifier": 1}, {"_id": "K9Je5a_-TO3RIhlh0hzkIg", "cells": {"c_28": 171, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 302500.0, "c_32": "58ac4f", "c_33": "8144", "c_34": "3091141700", "c_35": "Частичная оплата по счёту СЧ-2026-0225"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 171.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MhZWXbDuzNktmWZBy9aiGg", "cells": {"c_28": 172, "c_29": "9fb797", "c_30": {"$dt": "2026-10-21T00:00:00"}, "c_31": 1107100.0, "c_32": "c40f03", "c_33": "8990", "c_34": "3041189551", "c_35": "Оплата по счёту СЧ-2026-0226, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 172.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8IeWHbDa1J9F8On8HHvJtg", "cells": {"c_28": 173, "c_29": "9fb797", "c_30": {"$dt": "2026-10-24T00:00:00"}, "c_31": 459000.0, "c_32": "c40f03", "c_33": "1435", "c_34": "3091141700", "c_35": "Оплата по счёту СЧ-2026-0227, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 173.0, "_creator": 1, "_last_modifier": 1}, {"_id": "o90KYzRl1ir7L1q7AOnK2g", "cells": {"c_28": 174, "c_29": "9fb797", "c_30": {"$dt": "2026-11-15T00:00:00"}, "c_31": 321000.0, "c_32": "58ac4f", "c_33": "3194", "c_34": "1622948667", "c_35": "Частичная оплата по счёту СЧ-2026-0229"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 174.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bAbqezKMpU5Gv6XXk4pXnw", "cells": {"c_28": 175, "c_29": "9fb797", "c_30": {"$dt": "2026-11-03T00:00:00"}, "c_31": 851600.0, "c_32": "58ac4f", "c_33": "8182", "c_34": "8538012914", "c_35": "Оплата по счёту СЧ-2026-0232, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 175.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cOlxAfds6uwuksZzVStPag", "cells": {"c_28": 176, "c_29": "9fb797", "c_30": {"$dt": "2026-11-19T00:00:00"}, "c_31": 76400.0, "c_32": "58ac4f", "c_33": "4541", "c_34": "4725877188", "c_35": "Частичная оплата по счёту СЧ-2026-0234"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 176.0, "_creator": 1, "_last_modifier": 1}, {"_id": "BbEXSmSIB1hNKtHH_Mwr_w", "cells": {"c_28": 177, "c_29": "9fb797", "c_30": {"$dt": "2026-07-07T00:00:00"}, "c_31": 220100.0, "c_32": "58ac4f", "c_33": "2337", "c_34": "4162105212", "c_35": "Оплата по счёту СЧ-2026-0235, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 177.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9Mw47SnpJphhHoHCkC5pPg", "cells": {"c_28": 178, "c_29": "9fb797", "c_30": {"$dt": "2026-09-14T00:00:00"}, "c_31": 404300.0, "c_32": "58ac4f", "c_33": "9422", "c_34": "6897684697", "c_35": "Оплата по счёту СЧ-2026-0236, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 178.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HRzl9i9MzN_QJ79JbKjFGg", "cells": {"c_28": 179, "c_29": "9fb797", "c_30": {"$dt": "2026-11-23T00:00:00"}, "c_31": 476400.0, "c_32": "58ac4f", "c_33": "2605", "c_34": "0029787535", "c_35": "Частичная оплата по счёту СЧ-2026-0237"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 179.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zkbW_MXWeLHE98GkA9SaCQ", "cells": {"c_28": 180, "c_29": "9fb797", "c_30": {"$dt": "2026-09-08T00:00:00"}, "c_31": 111400.0, "c_32": "58ac4f", "c_33": "3273", "c_34": "4725877188", "c_35": "Частичная оплата по счёту СЧ-2026-0239"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 180.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JaK5MDpSz2DbaDuzsdKfsg", "cells": {"c_28": 181, "c_29": "9fb797", "c_30": {"$dt": "2026-09-23T00:00:00"}, "c_31": 591300.0, "c_32": "c40f03", "c_33": "675", "c_34": "0161055000", "c_35": "Оплата по счёту СЧ-2026-0240, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 181.0, "_creator": 1, "_last_modifier": 1}, {"_id": "EY2bNo5cPBYk2AgCJERvkg", "cells": {"c_28": 182, "c_29": "9fb797", "c_30": {"$dt": "2026-11-23T00:00:00"}, "c_31": 716800.0, "c_32": "58ac4f", "c_33": "6556", "c_34": "7294055764", "c_35": "Частичная оплата по счёту СЧ-2026-0241"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 182.0, "_creator": 1, "_last_modifier": 1}, {"_id": "U5ObJT8gChRXZWZ0foEXtg", "cells": {"c_28": 183, "c_29": "9fb797", "c_30": {"$dt": "2026-07-22T00:00:00"}, "c_31": 378200.0, "c_32": "58ac4f", "c_33": "5512", "c_34": "2059972835", "c_35": "Частичная оплата по счёту СЧ-2026-0242"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 183.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HYjGhPDj9MopNHa02YbM4Q", "cells": {"c_28": 184, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 66400.0, "c_32": "58ac4f", "c_33": "9732", "c_34": "9579318607", "c_35": "Частичная оплата по счёту СЧ-2026-0244"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 184.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JjNfYcag20B-AA2nKsIkIQ", "cells": {"c_28": 185, "c_29": "9fb797", "c_30": {"$dt": "2026-10-28T00:00:00"}, "c_31": 124700.0, "c_32": "58ac4f", "c_33": "1803", "c_34": "4162105212", "c_35": "Частичная оплата по счёту СЧ-2026-0246"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 185.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8Sp_31l_UofnjpayU-XaHQ", "cells": {"c_28": 186, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 215500.0, "c_32": "58ac4f", "c_33": "2636", "c_34": "3091141700", "c_35": "Частичная оплата по счёту СЧ-2026-0247"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 186.0, "_creator": 1, "_last_modifier": 1}, {"_id": "lOalrHFBIO0_Ryz-B74Lfw", "cells": {"c_28": 187, "c_29": "9fb797", "c_30": {"$dt": "2026-09-09T00:00:00"}, "c_31": 467600.0, "c_32": "c40f03", "c_33": "9603", "c_34": "5939761584", "c_35": "Оплата по счёту СЧ-2026-0248, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 187.0, "_creator": 1, "_last_modifier": 1}, {"_id": "XycelAcm6Ic-xw9mjlHeoQ", "cells": {"c_28": 188, "c_29": "9fb797", "c_30": {"$dt": "2026-12-06T00:00:00"}, "c_31": 103300.0, "c_32": "58ac4f", "c_33": "5400", "c_34": "3091141700", "c_35": "Частичная оплата по счёту СЧ-2026-0249"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 188.0, "_creator": 1, "_last_modifier": 1}, {"_id": "32aYkta7-9o1HElNALNlsA", "cells": {"c_28": 189, "c_29": "9fb797", "c_30": {"$dt": "2026-07-24T00:00:00"}, "c_31": 832300.0, "c_32": "c40f03", "c_33": "3632", "c_34": "1588139984", "c_35": "Оплата по счёту СЧ-2026-0250, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 189.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xv--m11UNvdv7--kEeJHTg", "cells": {"c_28": 190, "c_29": "9fb797", "c_30": {"$dt": "2026-11-26T00:00:00"}, "c_31": 373600.0, "c_32": "58ac4f", "c_33": "4650", "c_34": "2081967277", "c_35": "Оплата по счёту СЧ-2026-0251, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 190.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4qPLK_6B98iIy19FqRAm1A", "cells": {"c_28": 191, "c_29": "9fb797", "c_30": {"$dt": "2026-10-23T00:00:00"}, "c_31": 487100.0, "c_32": "58ac4f", "c_33": "7100", "c_34": "6455681516", "c_35": "Частичная оплата по счёту СЧ-2026-0252"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 191.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1q4UgVJGxTAdAtuiLLzJLQ", "cells": {"c_28": 192, "c_29": "9fb797", "c_30": {"$dt": "2026-09-26T00:00:00"}, "c_31": 152200.0, "c_32": "58ac4f", "c_33": "6556", "c_34": "1948939499", "c_35": "Оплата по счёту СЧ-2026-0253, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 192.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FYkj36U7Q-ODQIBLCgB4YQ", "cells": {"c_28": 193, "c_29": "9fb797", "c_30": {"$dt": "2026-07-10T00:00:00"}, "c_31": 66200.0, "c_32": "58ac4f", "c_33": "4084", "c_34": "2059972835", "c_35": "Частичная оплата по счёту СЧ-2026-0255"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 193.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bvy6-3nCEOwG7thARKdVAg", "cells": {"c_28": 194, "c_29": "9fb797", "c_30": {"$dt": "2026-10-25T00:00:00"}, "c_31": 107500.0, "c_32": "58ac4f", "c_33": "2572", "c_34": "3091141700", "c_35": "Частичная оплата по счёту СЧ-2026-0257"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 194.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_o6R_X1EhRSf_h7pOjm2gw", "cells": {"c_28": 195, "c_29": "9fb797", "c_30": {"$dt": "2026-09-25T00:00:00"}, "c_31": 569800.0, "c_32": "c40f03", "c_33": "380", "c_34": "3091141700", "c_35": "Оплата по счёту СЧ-2026-0258, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 195.0, "_creator": 1, "_last_modifier": 1}, {"_id": "XVi-BZ6S9-xa41w0aGS9PQ", "cells": {"c_28": 196, "c_29": "9fb797", "c_30": {"$dt": "2026-06-22T00:00:00"}, "c_31": 104100.0, "c_32": "58ac4f", "c_33": "7813", "c_34": "4524410643", "c_35": "Оплата по счёту СЧ-2026-0259, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 196.0, "_creator": 1, "_last_modifier": 1}, {"_id": "P9-2br5Z-y52UnWHBFgEAg", "cells": {"c_28": 197, "c_29": "9fb797", "c_30": {"$dt": "2026-08-27T00:00:00"}, "c_31": 228100.0, "c_32": "58ac4f", "c_33": "6307", "c_34": "7981933199", "c_35": "Частичная оплата по счёту СЧ-2026-0260"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 197.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xmeBhqVK2Ph8IDM1NPTXhg", "cells": {"c_28": 198, "c_29": "9fb797", "c_30": {"$dt": "2026-07-23T00:00:00"}, "c_31": 915000.0, "c_32": "c40f03", "c_33": "207", "c_34": "8764529128", "c_35": "Оплата по счёту СЧ-2026-0262, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 198.0, "_creator": 1, "_last_modifier": 1}, {"_id": "j0bBE6vVpEf2UBehGTN2hw", "cells": {"c_28": 199, "c_29": "9fb797", "c_30": {"$dt": "2026-07-20T00:00:00"}, "c_31": 400600.0, "c_32": "58ac4f", "c_33": "8597", "c_34": "0161055000", "c_35": "Частичная оплата по счёту СЧ-2026-0263"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 199.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_l3S-mpBhd3obBAyYP4wBA", "cells": {"c_28": 200, "c_29": "9fb797", "c_30": {"$dt": "2026-07-14T00:00:00"}, "c_31": 1050100.0, "c_32": "c40f03", "c_33": "5610", "c_34": "6861642527", "c_35": "Оплата по счёту СЧ-2026-0264, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 200.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5sp8_vK6YxZPfCKJjgImKQ", "cells": {"c_28": 201, "c_29": "9fb797", "c_30": {"$dt": "2026-09-09T00:00:00"}, "c_31": 104200.0, "c_32": "c40f03", "c_33": "8060", "c_34": "1622948667", "c_35": "Оплата по счёту СЧ-2026-0266, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 201.0, "_creator": 1, "_last_modifier": 1}, {"_id": "tDOHGFYz20ZCMtAU9Pf2Vg", "cells": {"c_28": 202, "c_29": "9fb797", "c_30": {"$dt": "2026-09-18T00:00:00"}, "c_31": 642000.0, "c_32": "58ac4f", "c_33": "8798", "c_34": "6804571781", "c_35": "Оплата по счёту СЧ-2026-0267, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 202.0, "_creator": 1, "_last_modifier": 1}, {"_id": "adapfXkH7ph23pP3S9aMLw", "cells": {"c_28": 203, "c_29": "9fb797", "c_30": {"$dt": "2026-09-07T00:00:00"}, "c_31": 1172500.0, "c_32": "c40f03", "c_33": "8058", "c_34": "7517799223", "c_35": "Оплата по счёту СЧ-2026-0269, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 203.0, "_creator": 1, "_last_modifier": 1}, {"_id": "GOi37RUwruXPLx5C6BML8w", "cells": {"c_28": 204, "c_29": "9fb797", "c_30": {"$dt": "2026-10-07T00:00:00"}, "c_31": 319300.0, "c_32": "58ac4f", "c_33": "4702", "c_34": "6455681516", "c_35": "Частичная оплата по счёту СЧ-2026-0270"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 204.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fZK4NK18k-HCVCIao7bhGw", "cells": {"c_28": 205, "c_29": "9fb797", "c_30": {"$dt": "2026-07-04T00:00:00"}, "c_31": 685900.0, "c_32": "58ac4f", "c_33": "5302", "c_34": "8538012914", "c_35": "Частичная оплата по счёту СЧ-2026-0271"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 205.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MOMEwH0u9DZsni57B4zuSw", "cells": {"c_28": 206, "c_29": "9fb797", "c_30": {"$dt": "2026-08-09T00:00:00"}, "c_31": 152900.0, "c_32": "58ac4f", "c_33": "9230", "c_34": "5939761584", "c_35": "Частичная оплата по счёту СЧ-2026-0273"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 206.0, "_creator": 1, "_last_modifier": 1}, {"_id": "UC2vYlKLgqC1X6pdbn24Fw", "cells": {"c_28": 207, "c_29": "9fb797", "c_30": {"$dt": "2026-10-07T00:00:00"}, "c_31": 263500.0, "c_32": "58ac4f", "c_33": "1353", "c_34": "1622948667", "c_35": "Частичная оплата по счёту СЧ-2026-0274"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 207.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ykIIhMbUtkRfd0yMu6s53A", "cells": {"c_28": 208, "c_29": "9fb797", "c_30": {"$dt": "2026-10-17T00:00:00"}, "c_31": 383500.0, "c_32": "c40f03", "c_33": "5197", "c_34": "3091141700", "c_35": "Оплата по счёту СЧ-2026-0276, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 208.0, "_creator": 1, "_last_modifier": 1}, {"_id": "0sXwiiYkN3QCiBEW7JafMw", "cells": {"c_28": 209, "c_29": "9fb797", "c_30": {"$dt": "2026-08-05T00:00:00"}, "c_31": 113900.0, "c_32": "c40f03", "c_33": "1328", "c_34": "6861642527", "c_35": "Оплата по счёту СЧ-2026-0277, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 209.0, "_creator": 1, "_last_modifier": 1}, {"_id": "p2-ywOOjCG0T-3dTPIVK9A", "cells": {"c_28": 210, "c_29": "9fb797", "c_30": {"$dt": "2026-10-23T00:00:00"}, "c_31": 689500.0, "c_32": "58ac4f", "c_33": "4384", "c_34": "2280886424", "c_35": "Оплата по счёту СЧ-2026-0278, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 210.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7sdK2AsLdvS2DsJaTUleEg", "cells": {"c_28": 211, "c_29": "9fb797", "c_30": {"$dt": "2026-09-28T00:00:00"}, "c_31": 60000.0, "c_32": "58ac4f", "c_33": "5422", "c_34": "2081967277", "c_35": "Частичная оплата по счёту СЧ-2026-0279"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 211.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Fm-GDg3rOKKETW_nzHua5A", "cells": {"c_28": 212, "c_29": "9fb797", "c_30": {"$dt": "2026-10-16T00:00:00"}, "c_31": 982400.0, "c_32": "58ac4f", "c_33": "8655", "c_34": "1622948667", "c_35": "Оплата по счёту СЧ-2026-0281, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 212.0, "_creator": 1, "_last_modifier": 1}, {"_id": "A75fyEkrSljz9pXNY6wEBA", "cells": {"c_28": 213, "c_29": "9fb797", "c_30": {"$dt": "2026-08-07T00:00:00"}, "c_31": 910000.0, "c_32": "c40f03", "c_33": "5602", "c_34": "9579318607", "c_35": "Оплата по счёту СЧ-2026-0283, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 213.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ToibitTvNQpYyYx0EbCxZA", "cells": {"c_28": 214, "c_29": "9fb797", "c_30": {"$dt": "2026-07-10T00:00:00"}, "c_31": 9700.0, "c_32": "58ac4f", "c_33": "1868", "c_34": "3017568206", "c_35": "Частичная оплата по счёту СЧ-2026-0284"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 214.0, "_creator": 1, "_last_modifier": 1}, {"_id": "L_umMPHhoyVQXpAAo0jbDA", "cells": {"c_28": 215, "c_29": "9fb797", "c_30": {"$dt": "2026-08-18T00:00:00"}, "c_31": 817000.0, "c_32": "58ac4f", "c_33": "2993", "c_34": "4162105212", "c_35": "Оплата по счёту СЧ-2026-0285, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 215.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1C2UoofRIaGp46FuRXNoQg", "cells": {"c_28": 216, "c_29": "9fb797", "c_30": {"$dt": "2026-10-14T00:00:00"}, "c_31": 821600.0, "c_32": "58ac4f", "c_33": "7135", "c_34": "6861642527", "c_35": "Частичная оплата по счёту СЧ-2026-0286"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 216.0, "_creator": 1, "_last_modifier": 1}, {"_id": "PzjSkfEj3KGlja4w56O34w", "cells": {"c_28": 217, "c_29": "9fb797", "c_30": {"$dt": "2026-08-13T00:00:00"}, "c_31": 116200.0, "c_32": "58ac4f", "c_33": "766", "c_34": "3017568206", "c_35": "Оплата по счёту СЧ-2026-0287, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 217.0, "_creator": 1, "_last_modifier": 1}, {"_id": "yiWFA_UvhnIV79adZZmxTA", "cells": {"c_28": 218, "c_29": "9fb797", "c_30": {"$dt": "2026-10-12T00:00:00"}, "c_31": 1178800.0, "c_32": "58ac4f", "c_33": "9343", "c_34": "8764529128", "c_35": "Оплата по счёту СЧ-2026-0288, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 218.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fRkFY8VT7y58uRpiqimRkQ", "cells": {"c_28": 219, "c_29": "9fb797", "c_30": {"$dt": "2026-08-14T00:00:00"}, "c_31": 248200.0, "c_32": "58ac4f", "c_33": "4546", "c_34": "6804571781", "c_35": "Частичная оплата по счёту СЧ-2026-0290"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 219.0, "_creator": 1, "_last_modifier": 1}, {"_id": "34K8RXBrsMkqa6COa20Jvg", "cells": {"c_28": 220, "c_29": "9fb797", "c_30": {"$dt": "2026-06-03T00:00:00"}, "c_31": 58000.0, "c_32": "58ac4f", "c_33": "6065", "c_34": "0161055000", "c_35": "Частичная оплата по счёту СЧ-2026-0291"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 220.0, "_creator": 1, "_last_modifier": 1}, {"_id": "dj3GC3FGed6Z1GLPbLgZqg", "cells": {"c_28": 221, "c_29": "9fb797", "c_30": {"$dt": "2026-08-29T00:00:00"}, "c_31": 52500.0, "c_32": "58ac4f", "c_33": "6813", "c_34": "4162105212", "c_35": "Оплата по счёту СЧ-2026-0292, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 221.0, "_creator": 1, "_last_modifier": 1}, {"_id": "lVVxZhg5XAGXtqNFa-K_hA", "cells": {"c_28": 222, "c_29": "9fb797", "c_30": {"$dt": "2026-07-20T00:00:00"}, "c_31": 497700.0, "c_32": "58ac4f", "c_33": "6969", "c_34": "8764529128", "c_35": "Частичная оплата по счёту СЧ-2026-0294"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 222.0, "_creator": 1, "_last_modifier": 1}, {"_id": "jho05dOI_LhjcwzaPEWi0A", "cells": {"c_28": 223, "c_29": "9fb797", "c_30": {"$dt": "2026-09-24T00:00:00"}, "c_31": 1029600.0, "c_32": "58ac4f", "c_33": "5640", "c_34": "2059972835", "c_35": "Оплата по счёту СЧ-2026-0295, в т.ч. НДС"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 223.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HQJEdzX3HII6Xln7NYWjeg", "cells": {"c_28": 224, "c_29": "9fb797", "c_30": {"$dt": "2026-10-25T00:00:00"}, "c_31": 209800.0, "c_32": "58ac4f", "c_33": "750", "c_34": "6897684697", "c_35": "Частичная оплата по счёту СЧ-2026-0296"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 224.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MlIqDRgGlp2rHC5t_AmwTg", "cells": {"c_28": 225, "c_29": "9fb797", "c_30": {"$dt": "2026-10-01T00:00:00"}, "c_31": 358000.0, "c_32": "58ac4f", "c_33": "3541", "c_34": "7294055764", "c_35": "Частичная оплата по счёту СЧ-2026-0298"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 225.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1XXuMYZs4htQzbUU-8YDwg", "cells": {"c_28": 226, "c_29": "9fb797", "c_30": {"$dt": "2026-12-03T00:00:00"}, "c_31": 192900.0, "c_32": "58ac4f", "c_33": "2866", "c_34": "7147513621", "c_35": "Частичная оплата по счёту СЧ-2026-0299"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 226.0, "_creator": 1, "_last_modifier": 1}, {"_id": "BnDj2S_nwnwjtcQDRLVZvg", "cells": {"c_28": 227, "c_29": "9fb797", "c_30": {"$dt": "2026-11-10T00:00:00"}, "c_31": 69900.0, "c_32": "58ac4f", "c_33": "9700", "c_34": "6455681516", "c_35": "Частичная оплата по счёту СЧ-2026-0300"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 227.0, "_creator": 1, "_last_modifier": 1}, {"_id": "b2ebnX1MdVTgolkt77CPcQ", "cells": {"c_28": 228, "c_29": "54db15", "c_30": {"$dt": "2026-11-17T00:00:00"}, "c_31": 117180.0, "c_35": "Корректировка цены"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 228.0, "_creator": 1, "_last_modifier": 1}, {"_id": "6-7Phvxhg1zexGVNe6Nn4Q", "cells": {"c_28": 229, "c_29": "85387c", "c_30": {"$dt": "2026-12-04T00:00:00"}, "c_31": 539000.0, "c_35": "Списание безнадёжного долга"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 229.0, "_creator": 1, "_last_modifier": 1}, {"_id": "s1h2IAm8BeJbpI4xjUNtew", "cells": {"c_28": 230, "c_29": "9fb797", "c_30": {"$dt": "2026-12-05T00:00:00"}, "c_31": 48000.0, "c_32": "58ac4f", "c_34": "2081967277", "c_35": "Оплата по договору поставки (счёт не указан)"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 230.0, "_creator": 1, "_last_modifier": 1}], "type": "insert_rows", "table_id": 4}, {"raw": true, "rows": [{"_id": "AyroQ67Iko6-DKaBhbvwiA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0004", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-03T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 1.0, "_creator": 1, "_last_modifier": 1}, {"_id": "5hrlyncXdr8GPdfIfldTzA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0006", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-12T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 2.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uM4JawE9QUk550j-AgCTtA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0009", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 3.0, "_creator": 1, "_last_modifier": 1}, {"_id": "P2FwXQSn1C_3rp63L9LO1A", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0013", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-06T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 4.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zJI0fTloy9NAC3K_QkvXNw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0019", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-08T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 5.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2KKJExy9HLVFjb12F_eGcw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0031", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 6.0, "_creator": 1, "_last_modifier": 1}, {"_id": "zkxiMoq6TU-VTWLj0_m5Yw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0034", "c_37": "d92caf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 7.0, "_creator": 1, "_last_modifier": 1}, {"_id": "SuVlhCdnAQ9oXvpHeUgQ1Q", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0040", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 8.0, "_creator": 1, "_last_modifier": 1}, {"_id": "MvxvNvTnqgHpo7l0E1DzlA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0045", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-05T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 9.0, "_creator": 1, "_last_modifier": 1}, {"_id": "CRMbL9Oy6Sio__e0U07tPg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0047", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-02T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 10.0, "_creator": 1, "_last_modifier": 1}, {"_id": "11f-sb1suwNl5eQkg2DYWA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0048", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 11.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZMcPRdnYV2VFcjjsB7KSiA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0049", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 12.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4lXf9R7WX2bWt_XOffrdqA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0050", "c_37": "d92caf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 13.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4bzhMjpbR-01OQ8tJFYcYw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0052", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-11T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 14.0, "_creator": 1, "_last_modifier": 1}, {"_id": "RUXph3BRxYhovlYRKhZe5A", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0059", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-06T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 15.0, "_creator": 1, "_last_modifier": 1}, {"_id": "T6iLGP7UnlKEu5DtjlseaQ", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0063", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-05T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 16.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Gg30RZkMG40BknV3Fkh2sw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0064", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-08T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 17.0, "_creator": 1, "_last_modifier": 1}, {"_id": "BXmXgLZz7iXSl_m_6eZg_A", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0065", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-08T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 18.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1QxKrTlA-HQM9y1k0Obh9Q", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0073", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-05T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 19.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7yXMdzPncqsg9vacg-bdRg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0077", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-07T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 20.0, "_creator": 1, "_last_modifier": 1}, {"_id": "TaRhZd0UUKaxefTQnGHNYA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0078", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 21.0, "_creator": 1, "_last_modifier": 1}, {"_id": "NuDFd3y-U_waB_RPOe-nRw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0084", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-07T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 22.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ia5FE6HtD-9CLhaaUK8OKA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0085", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-07T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 23.0, "_creator": 1, "_last_modifier": 1}, {"_id": "d_I_HBbQSnGs9f--t9aOPw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0090", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 24.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4Q1o22-UTm0TuTjLms-DEA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0092", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-06T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 25.0, "_creator": 1, "_last_modifier": 1}, {"_id": "aRBdJFAtaHvu_Bn8-TtMLw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0102", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 26.0, "_creator": 1, "_last_modifier": 1}, {"_id": "V2b14u_zr7jTo-Dv26Df5Q", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0105", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-05T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 27.0, "_creator": 1, "_last_modifier": 1}, {"_id": "UQAXwupi2nUZ-_Rprad93g", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0108", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 28.0, "_creator": 1, "_last_modifier": 1}, {"_id": "bBjT-tjEkN3XCWqUgiy8qA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0109", "c_37": "d92caf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 29.0, "_creator": 1, "_last_modifier": 1}, {"_id": "xCKAhFMLx3knqpJ2VgaHoA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0115", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-11T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 30.0, "_creator": 1, "_last_modifier": 1}, {"_id": "f7gJW0Uhe3p-zJpyGBD0LA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0116", "c_37": "92bdcf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-13T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 31.0, "_creator": 1, "_last_modifier": 1}, {"_id": "1_egolmyBDA9NLM364jmAg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0118", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-08T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 32.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cz0PoBNbCqgvh9nX954DhA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0120", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-04T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 33.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ra-iz9PbarJLNINlyICDSg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0122", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-13T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 34.0, "_creator": 1, "_last_modifier": 1}, {"_id": "poJnsdV46PnSyu8z78WYnw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0123", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-03T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 35.0, "_creator": 1, "_last_modifier": 1}, {"_id": "_CVLjtrzj1c2pv08WIE-7Q", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0124", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-02T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 36.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hTBBkAeVoy4Eh2u9vxVQCg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0132", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 37.0, "_creator": 1, "_last_modifier": 1}, {"_id": "81vgIFSLoXAR_Z0X5irdCA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0138", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-12T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 38.0, "_creator": 1, "_last_modifier": 1}, {"_id": "WYEobUYpexQ58_0z7-SGAg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0141", "c_37": "92bdcf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-03T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 39.0, "_creator": 1, "_last_modifier": 1}, {"_id": "esWPBc_LBUnn61WWE5cxHw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0143", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-08T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 40.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4tPsgNQ5ixJ0HKSVmhm--w", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0168", "c_37": "d92caf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-06T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 41.0, "_creator": 1, "_last_modifier": 1}, {"_id": "iA89MQBKWdutheo8HW4Hkg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0174", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-11T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 42.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Hclx8gz5CJ0MeFfyUt78Ow", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0178", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 43.0, "_creator": 1, "_last_modifier": 1}, {"_id": "gR8SCKfE_dPwV21C3-TI9g", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0179", "c_37": "d92caf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 44.0, "_creator": 1, "_last_modifier": 1}, {"_id": "XXk77MUOMyGPwiGLzeyYcg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0181", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-11T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 45.0, "_creator": 1, "_last_modifier": 1}, {"_id": "qj2HhylkFnNDWVVfejG9sA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0183", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-07T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 46.0, "_creator": 1, "_last_modifier": 1}, {"_id": "HCD7U55SG0quFQwk1syx-g", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0189", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 47.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FRaJzuV88TJWfi6vnufYdw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0191", "c_37": "d92caf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-03T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 48.0, "_creator": 1, "_last_modifier": 1}, {"_id": "RzgAejN3oGilYwlgbrebZA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0196", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-03T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 49.0, "_creator": 1, "_last_modifier": 1}, {"_id": "cHE28dSJR900g0TlA-vE8Q", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0200", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 50.0, "_creator": 1, "_last_modifier": 1}, {"_id": "L5n7fJdRES4LTLK-CjVQtA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0206", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-04T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 51.0, "_creator": 1, "_last_modifier": 1}, {"_id": "pGH6ch9A7btKiUsRSLia5g", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0207", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 52.0, "_creator": 1, "_last_modifier": 1}, {"_id": "ZTxT9Y-QA44XbqRk6Fhb3Q", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0208", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-08T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 53.0, "_creator": 1, "_last_modifier": 1}, {"_id": "v3SENMYW8nYhkKtNw3VOXw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0211", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 54.0, "_creator": 1, "_last_modifier": 1}, {"_id": "tioHIb7qpM0jgi6isZSSAQ", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0216", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-02T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 55.0, "_creator": 1, "_last_modifier": 1}, {"_id": "2w4-Hgdqy5hXjrmJkaZf-A", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0223", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-06T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 56.0, "_creator": 1, "_last_modifier": 1}, {"_id": "tHIjHPUlEtk4IuZjhAF3DQ", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0226", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-13T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 57.0, "_creator": 1, "_last_modifier": 1}, {"_id": "e--tWPdDQyFOOfcKYjOAqg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0232", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-07T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 58.0, "_creator": 1, "_last_modifier": 1}, {"_id": "65iouzY6-pi-8Q4sg94OUw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0239", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 59.0, "_creator": 1, "_last_modifier": 1}, {"_id": "juK9dpF1Rszald_y-ic3Uw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0245", "c_37": "d92caf", "c_39": [1], "c_40": {"$dt": "2026-12-02T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 60.0, "_creator": 1, "_last_modifier": 1}, {"_id": "9N1LQfjlxuVZ7DybfViyFw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0248", "c_37": "d92caf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 61.0, "_creator": 1, "_last_modifier": 1}, {"_id": "fLTFyGSQ9btT3GYoWeOfxw", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0251", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-14T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 62.0, "_creator": 1, "_last_modifier": 1}, {"_id": "rbeM44WL1lXZ5Dnhy8EyhQ", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0253", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-11T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 63.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4fR7BfaCNRbzvZbbHwnqow", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0262", "c_37": "126178", "c_39": [1], "c_40": {"$dt": "2026-12-12T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 64.0, "_creator": 1, "_last_modifier": 1}, {"_id": "LJv79iIYJKjdWviLviw0Dg", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0282", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-03T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 65.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7jGmQuGmqf8mSaHNqZ5dcA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0283", "c_37": "92bdcf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-10T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 66.0, "_creator": 1, "_last_modifier": 1}, {"_id": "hgKRt41Q8PmHvm2yiFjl5A", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0286", "c_37": "92bdcf", "c_39": [1], "c_40": {"$dt": "2026-12-06T00:00:00"}, "c_41": "601d81"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 67.0, "_creator": 1, "_last_modifier": 1}, {"_id": "FCqxvBBQUlXF2MhLXaD_nA", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0292", "c_37": "126178", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-09T00:00:00"}, "c_41": "63f7e8"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 68.0, "_creator": 1, "_last_modifier": 1}, {"_id": "JU0LkbdExwRHFahl4yUUQQ", "cells": {"c_36": "Напомнить об оплате СЧ-2026-0298", "c_37": "92bdcf", "c_38": [1], "c_39": [1], "c_40": {"$dt": "2026-12-02T00:00:00"}, "c_41": "104508"}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 69.0, "_creator": 1, "_last_modifier": 1}], "type": "insert_rows", "table_id": 5}, {"raw": true, "rows": [{"_id": "MfFSXwO_1YdwN7-d_SK9bQ", "cells": {"c_44": "2025-12", "c_45": {"$dt": "2025-12-01T00:00:00"}, "c_46": 6235000.0, "c_47": 5121000.0, "c_48": 9226000.0, "c_49": 31.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 1.0, "_creator": 1, "_last_modifier": 1}, {"_id": "uYDthHeWsaoPx1OTPwbA_w", "cells": {"c_44": "2026-01", "c_45": {"$dt": "2026-01-01T00:00:00"}, "c_46": 9351000.0, "c_47": 9762000.0, "c_48": 12350000.0, "c_49": 31.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 2.0, "_creator": 1, "_last_modifier": 1}, {"_id": "NVk-YoV1wnXd1ll6tzQajQ", "cells": {"c_44": "2026-02", "c_45": {"$dt": "2026-02-01T00:00:00"}, "c_46": 8124000.0, "c_47": 7249000.0, "c_48": 10037000.0, "c_49": 28.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 3.0, "_creator": 1, "_last_modifier": 1}, {"_id": "CKuvxEFTgEVg1jDu7YXg-g", "cells": {"c_44": "2026-03", "c_45": {"$dt": "2026-03-01T00:00:00"}, "c_46": 6920000.0, "c_47": 5809000.0, "c_48": 11602000.0, "c_49": 31.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 4.0, "_creator": 1, "_last_modifier": 1}, {"_id": "RRw2V1i5dlseE3hGAe95FQ", "cells": {"c_44": "2026-04", "c_45": {"$dt": "2026-04-01T00:00:00"}, "c_46": 9124000.0, "c_47": 8499000.0, "c_48": 13411000.0, "c_49": 30.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 5.0, "_creator": 1, "_last_modifier": 1}, {"_id": "7XFeUnVRto3KxvJIlblw0Q", "cells": {"c_44": "2026-05", "c_45": {"$dt": "2026-05-01T00:00:00"}, "c_46": 10188000.0, "c_47": 8598000.0, "c_48": 15286000.0, "c_49": 31.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 6.0, "_creator": 1, "_last_modifier": 1}, {"_id": "-JDQYLRQeq5tmGr-TA5irw", "cells": {"c_44": "2026-06", "c_45": {"$dt": "2026-06-01T00:00:00"}, "c_46": 10198000.0, "c_47": 10467000.0, "c_48": 19025000.0, "c_49": 30.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 7.0, "_creator": 1, "_last_modifier": 1}, {"_id": "Xjq_2PGm0HzgPgms7Kppbg", "cells": {"c_44": "2026-07", "c_45": {"$dt": "2026-07-01T00:00:00"}, "c_46": 10463000.0, "c_47": 10491000.0, "c_48": 14210000.0, "c_49": 31.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 8.0, "_creator": 1, "_last_modifier": 1}, {"_id": "8tNIXgzVqW6E9v0zsHcfUw", "cells": {"c_44": "2026-08", "c_45": {"$dt": "2026-08-01T00:00:00"}, "c_46": 8577000.0, "c_47": 8394000.0, "c_48": 9612000.0, "c_49": 31.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 9.0, "_creator": 1, "_last_modifier": 1}, {"_id": "4AnHYD2at-JKeh26_IGEKA", "cells": {"c_44": "2026-09", "c_45": {"$dt": "2026-09-01T00:00:00"}, "c_46": 8678000.0, "c_47": 8349000.0, "c_48": 16035000.0, "c_49": 30.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 10.0, "_creator": 1, "_last_modifier": 1}, {"_id": "SvLnDE4-lRYlmxrQabgEpw", "cells": {"c_44": "2026-10", "c_45": {"$dt": "2026-10-01T00:00:00"}, "c_46": 9335000.0, "c_47": 7817000.0, "c_48": 11574000.0, "c_49": 31.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 11.0, "_creator": 1, "_last_modifier": 1}, {"_id": "TqhIJieAKMPmokLuVRnFCQ", "cells": {"c_44": "2026-11", "c_45": {"$dt": "2026-11-01T00:00:00"}, "c_46": 10793000.0, "c_47": 11305000.0, "c_48": 13268000.0, "c_49": 30.0}, "_ctime": {"$dt": "2026-12-07T00:28:17.643340"}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_order": 12.0, "_creator": 1, "_last_modifier": 1}], "type": "insert_rows", "table_id": 6}, {"name": "Open", "type": "add_view", "private": false, "view_id": 1, "settings": {"sorts": [{"column_id": 18, "direction": "asc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}, {"value": false, "operator": "is", "column_id": 23}], "conjunction": "and"}, "group_by": [], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Overdue", "type": "add_view", "private": false, "view_id": 2, "settings": {"sorts": [{"column_id": 68, "direction": "desc"}, {"column_id": 67, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 68}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 71, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FEF3C7", "filters": {"filters": [{"value": "1–30", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FFEDD5", "filters": {"filters": [{"value": "31–60", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FEE2E2", "filters": {"filters": [{"value": "61–90", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FCA5A5", "filters": {"filters": [{"value": "90+", "operator": "is", "column_id": 71}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Due this week", "type": "add_view", "private": false, "view_id": 3, "settings": {"sorts": [{"column_id": 18, "direction": "asc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}, {"value": "this_week", "operator": "is_within", "column_id": 18}, {"value": false, "operator": "is", "column_id": 20}], "conjunction": "and"}, "group_by": [{"column_id": 62, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Upcoming 4 weeks", "type": "add_view", "private": false, "view_id": 4, "settings": {"sorts": [{"column_id": 18, "direction": "asc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}, {"value": {"days": 28, "term": "next_days"}, "operator": "is_within", "column_id": 18}], "conjunction": "and"}, "group_by": [], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "By manager", "type": "add_view", "private": false, "view_id": 5, "settings": {"sorts": [{"column_id": 68, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 62, "direction": "asc", "granularity": null}, {"column_id": 71, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FEF3C7", "filters": {"filters": [{"value": "1–30", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FFEDD5", "filters": {"filters": [{"value": "31–60", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FEE2E2", "filters": {"filters": [{"value": "61–90", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FCA5A5", "filters": {"filters": [{"value": "90+", "operator": "is", "column_id": 71}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "My invoices", "type": "add_view", "private": false, "view_id": 6, "settings": {"sorts": [{"column_id": 68, "direction": "desc"}], "filters": {"filters": [{"value": ["me"], "operator": "has_any_of", "column_id": 16}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 71, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FEF3C7", "filters": {"filters": [{"value": "1–30", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FFEDD5", "filters": {"filters": [{"value": "31–60", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FEE2E2", "filters": {"filters": [{"value": "61–90", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FCA5A5", "filters": {"filters": [{"value": "90+", "operator": "is", "column_id": 71}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Disputed", "type": "add_view", "private": false, "view_id": 7, "settings": {"sorts": [], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 20}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 21, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FFEDD5", "filters": {"filters": [{"value": true, "operator": "is", "column_id": 20}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Promises to pay", "type": "add_view", "private": false, "view_id": 8, "settings": {"sorts": [{"column_id": 25, "direction": "asc"}], "filters": {"filters": [{"value": null, "operator": "not_empty", "column_id": 25}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 73, "direction": "asc", "granularity": null}], "summaries": {}, "row_colors": {"type": "rules", "rules": [{"color": "#FCA5A5", "filters": {"filters": [{"value": "Broken / Нарушено", "operator": "is", "column_id": 73}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Can''t pay", "type": "add_view", "private": false, "view_id": 9, "settings": {"sorts": [{"column_id": 67, "direction": "desc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 22}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 52, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Escalated / legal", "type": "add_view", "private": false, "view_id": 10, "settings": {"sorts": [{"column_id": 67, "direction": "desc"}], "filters": {"filters": [{"value": ["Head of sales / РОП", "Pre-trial claim / Претензия", "Restructuring / Реструктуризация", "Terms changed / Изменены условия", "Legal / Суд"], "operator": "is_any_of", "column_id": 24}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 24, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "by_select", "rules": [], "column_id": 24}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Paid this month", "type": "add_view", "private": false, "view_id": 11, "settings": {"sorts": [{"column_id": 66, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "lte", "column_id": 67}, {"value": "this_month", "operator": "is_within", "column_id": 66}], "conjunction": "and"}, "group_by": [], "summaries": {"19": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}, {"name": "Debtors registry", "type": "add_view", "private": false, "view_id": 12, "settings": {"sorts": [{"column_id": 76, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 76}], "conjunction": "and"}, "group_by": [{"column_id": 50, "direction": "asc", "granularity": null}], "summaries": {"75": "sum", "76": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 2}, {"name": "Stop list", "type": "add_view", "private": false, "view_id": 13, "settings": {"sorts": [{"column_id": 75, "direction": "desc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 80}], "conjunction": "and"}, "group_by": [], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 2}, {"name": "Unapplied", "type": "add_view", "private": false, "view_id": 14, "settings": {"sorts": [{"column_id": 30, "direction": "desc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 61}], "conjunction": "and"}, "group_by": [], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 4}, {"name": "My tasks", "type": "add_view", "private": false, "view_id": 15, "settings": {"sorts": [{"column_id": 40, "direction": "asc"}], "filters": {"filters": [{"value": ["me"], "operator": "has_any_of", "column_id": 38}, {"value": ["To do / Запланировано", "In progress / В работе"], "operator": "is_any_of", "column_id": 41}], "conjunction": "and"}, "group_by": [{"column_id": 37, "direction": "asc", "granularity": null}], "summaries": {}, "row_colors": {"type": "rules", "rules": [{"color": "#FCA5A5", "filters": {"filters": [{"value": true, "operator": "is", "column_id": 85}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 5}, {"name": "Overdue tasks", "type": "add_view", "private": false, "view_id": 16, "settings": {"sorts": [{"column_id": 40, "direction": "asc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 85}], "conjunction": "and"}, "group_by": [{"column_id": 38, "direction": "asc", "granularity": null}], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 5}, {"name": "Receivables by aging bucket", "type": "add_chart", "view_id": 1, "chart_id": 1, "settings": {"x": {"order": ["Current / Не просрочен", "1–30", "31–60", "61–90", "90+", "Closed / Закрыт"], "column_id": 71, "granularity": null}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 67}, "layout": {"h": 4, "w": 6, "x": 0, "y": 0}, "series": null, "compare": null, "description": ""}, "table_id": 3}, {"name": "Top debtors", "type": "add_chart", "view_id": 12, "chart_id": 2, "settings": {"x": {"order": null, "column_id": 6, "granularity": null}, "goal": null, "sort": "value_desc", "type": "bar_horizontal", "limit": 15, "value": {"aggregate": "sum", "column_id": 75}, "layout": {"h": 4, "w": 6, "x": 6, "y": 0}, "series": null, "compare": null, "description": ""}, "table_id": 2}, {"name": "Overdue by manager", "type": "add_chart", "view_id": 2, "chart_id": 3, "settings": {"x": {"order": null, "column_id": 62, "granularity": null}, "goal": null, "sort": "x", "type": "stacked_bar", "limit": null, "value": {"aggregate": "sum", "column_id": 67}, "layout": {"h": 4, "w": 6, "x": 0, "y": 4}, "series": {"order": ["Current / Не просрочен", "1–30", "31–60", "61–90", "90+", "Closed / Закрыт"], "column_id": 71, "granularity": null}, "compare": null, "description": ""}, "table_id": 3}, {"name": "Invoiced per month", "type": "add_chart", "view_id": null, "chart_id": 4, "settings": {"x": {"order": null, "column_id": 17, "granularity": "month"}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 19}, "layout": {"h": 4, "w": 6, "x": 6, "y": 4}, "series": null, "compare": null, "description": ""}, "table_id": 3}, {"name": "Collected per month", "type": "add_chart", "view_id": null, "chart_id": 5, "settings": {"x": {"order": null, "column_id": 30, "granularity": "month"}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 58}, "layout": {"h": 4, "w": 6, "x": 0, "y": 8}, "series": null, "compare": null, "description": ""}, "table_id": 4}, {"name": "Upcoming payments, 4 weeks", "type": "add_chart", "view_id": 4, "chart_id": 6, "settings": {"x": {"order": null, "column_id": 18, "granularity": "week"}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 67}, "layout": {"h": 4, "w": 6, "x": 6, "y": 8}, "series": null, "compare": null, "description": ""}, "table_id": 3}, {"name": "Missing payments", "type": "add_chart", "view_id": 2, "chart_id": 7, "settings": {"x": null, "goal": null, "sort": "x", "type": "number", "limit": null, "value": {"aggregate": "sum", "column_id": 72}, "layout": {"h": 3, "w": 3, "x": 0, "y": 12}, "series": null, "compare": null, "description": "Sum of overdue balances: invoices past their due date and not paid."}, "table_id": 3}, {"name": "Status mix", "type": "add_chart", "view_id": null, "chart_id": 8, "settings": {"x": {"order": null, "column_id": 74, "granularity": null}, "goal": null, "sort": "x", "type": "donut", "limit": null, "value": {"aggregate": "count", "column_id": null}, "layout": {"h": 4, "w": 4, "x": 3, "y": 12}, "series": null, "compare": null, "description": ""}, "table_id": 3}, {"name": "DSO per month", "type": "add_chart", "view_id": null, "chart_id": 9, "settings": {"x": {"order": null, "column_id": 44, "granularity": null}, "goal": null, "sort": "x", "type": "line", "limit": null, "value": {"aggregate": "sum", "column_id": 86}, "layout": {"h": 4, "w": 5, "x": 7, "y": 12}, "series": null, "compare": null, "description": "DSO = receivables at month end ÷ invoiced in the month × days in the month."}, "table_id": 6}], "language": "en", "template": "receivables"}', '{"type": "batch", "actions": [{"type": "delete_chart", "chart_id": 9}, {"type": "delete_chart", "chart_id": 8}, {"type": "delete_chart", "chart_id": 7}, {"type": "delete_chart", "chart_id": 6}, {"type": "delete_chart", "chart_id": 5}, {"type": "delete_chart", "chart_id": 4}, {"type": "delete_chart", "chart_id": 3}, {"type": "delete_chart", "chart_id": 2}, {"type": "delete_chart", "chart_id": 1}, {"type": "delete_view", "view_id": 16, "table_id": 5}, {"type": "delete_view", "view_id": 15, "table_id": 5}, {"type": "delete_view", "view_id": 14, "table_id": 4}, {"type": "delete_view", "view_id": 13, "table_id": 2}, {"type": "delete_view", "view_id": 12, "table_id": 2}, {"type": "delete_view", "view_id": 11, "table_id": 3}, {"type": "delete_view", "view_id": 10, "table_id": 3}, {"type": "delete_view", "view_id": 9, "table_id": 3}, {"type": "delete_view", "view_id": 8, "table_id": 3}, {"type": "delete_view", "view_id": 7, "table_id": 3}, {"type": "delete_view", "view_id": 6, "table_id": 3}, {"type": "delete_view", "view_id": 5, "table_id": 3}, {"type": "delete_view", "view_id": 4, "table_id": 3}, {"type": "delete_view", "view_id": 3, "table_id": 3}, {"type": "delete_view", "view_id": 2, "table_id": 3}, {"type": "delete_view", "view_id": 1, "table_id": 3}, {"type": "delete_rows", "row_ids": ["MfFSXwO_1YdwN7-d_SK9bQ", "uYDthHeWsaoPx1OTPwbA_w", "NVk-YoV1wnXd1ll6tzQajQ", "CKuvxEFTgEVg1jDu7YXg-g", "RRw2V1i5dlseE3hGAe95FQ", "7XFeUnVRto3KxvJIlblw0Q", "-JDQYLRQeq5tmGr-TA5irw", "Xjq_2PGm0HzgPgms7Kppbg", "8tNIXgzVqW6E9v0zsHcfUw", "4AnHYD2at-JKeh26_IGEKA", "SvLnDE4-lRYlmxrQabgEpw", "TqhIJieAKMPmokLuVRnFCQ"], "table_id": 6}, {"type": "delete_rows", "row_ids": ["AyroQ67Iko6-DKaBhbvwiA", "5hrlyncXdr8GPdfIfldTzA", "uM4JawE9QUk550j-AgCTtA", "P2FwXQSn1C_3rp63L9LO1A", "zJI0fTloy9NAC3K_QkvXNw", "2KKJExy9HLVFjb12F_eGcw", "zkxiMoq6TU-VTWLj0_m5Yw", "SuVlhCdnAQ9oXvpHeUgQ1Q", "MvxvNvTnqgHpo7l0E1DzlA", "CRMbL9Oy6Sio__e0U07tPg", "11f-sb1suwNl5eQkg2DYWA", "ZMcPRdnYV2VFcjjsB7KSiA", "4lXf9R7WX2bWt_XOffrdqA", "4bzhMjpbR-01OQ8tJFYcYw", "RUXph3BRxYhovlYRKhZe5A", "T6iLGP7UnlKEu5DtjlseaQ", "Gg30RZkMG40BknV3Fkh2sw", "BXmXgLZz7iXSl_m_6eZg_A", "1QxKrTlA-HQM9y1k0Obh9Q", "7yXMdzPncqsg9vacg-bdRg", "TaRhZd0UUKaxefTQnGHNYA", "NuDFd3y-U_waB_RPOe-nRw", "ia5FE6HtD-9CLhaaUK8OKA", "d_I_HBbQSnGs9f--t9aOPw", "4Q1o22-UTm0TuTjLms-DEA", "aRBdJFAtaHvu_Bn8-TtMLw", "V2b14u_zr7jTo-Dv26Df5Q", "UQAXwupi2nUZ-_Rprad93g", "bBjT-tjEkN3XCWqUgiy8qA", "xCKAhFMLx3knqpJ2VgaHoA", "f7gJW0Uhe3p-zJpyGBD0LA", "1_egolmyBDA9NLM364jmAg", "cz0PoBNbCqgvh9nX954DhA", "ra-iz9PbarJLNINlyICDSg", "poJnsdV46PnSyu8z78WYnw", "_CVLjtrzj1c2pv08WIE-7Q", "hTBBkAeVoy4Eh2u9vxVQCg", "81vgIFSLoXAR_Z0X5irdCA", "WYEobUYpexQ58_0z7-SGAg", "esWPBc_LBUnn61WWE5cxHw", "4tPsgNQ5ixJ0HKSVmhm--w", "iA89MQBKWdutheo8HW4Hkg", "Hclx8gz5CJ0MeFfyUt78Ow", "gR8SCKfE_dPwV21C3-TI9g", "XXk77MUOMyGPwiGLzeyYcg", "qj2HhylkFnNDWVVfejG9sA", "HCD7U55SG0quFQwk1syx-g", "FRaJzuV88TJWfi6vnufYdw", "RzgAejN3oGilYwlgbrebZA", "cHE28dSJR900g0TlA-vE8Q", "L5n7fJdRES4LTLK-CjVQtA", "pGH6ch9A7btKiUsRSLia5g", "ZTxT9Y-QA44XbqRk6Fhb3Q", "v3SENMYW8nYhkKtNw3VOXw", "tioHIb7qpM0jgi6isZSSAQ", "2w4-Hgdqy5hXjrmJkaZf-A", "tHIjHPUlEtk4IuZjhAF3DQ", "e--tWPdDQyFOOfcKYjOAqg", "65iouzY6-pi-8Q4sg94OUw", "juK9dpF1Rszald_y-ic3Uw", "9N1LQfjlxuVZ7DybfViyFw", "fLTFyGSQ9btT3GYoWeOfxw", "rbeM44WL1lXZ5Dnhy8EyhQ", "4fR7BfaCNRbzvZbbHwnqow", "LJv79iIYJKjdWviLviw0Dg", "7jGmQuGmqf8mSaHNqZ5dcA", "hgKRt41Q8PmHvm2yiFjl5A", "FCqxvBBQUlXF2MhLXaD_nA", "JU0LkbdExwRHFahl4yUUQQ"], "table_id": 5}, {"type": "delete_rows", "row_ids": ["i7GVv_by-b1RIywPmpeesQ", "uO9EOAW_rglgVF61y_5t-w", "N9FDcwuOBCv1Ag3XGpSouw", "J8jc5Eizelzhwa_itKJRVQ", "7IVu-NXNc_99qLcPkS2Wkg", "5gIgm118YhcUZWUT6R8T-A", "ohAEggmoU3ZhQDyEqLYSuA", "1wb4Qb9f-p3D-nJAsn37JQ", "MdEjNOvjWJ2oqA_HnD6WWw", "d63Xt5YPpZBIgmKsmJe2Kw", "AVd0E-OSWUJgmGNZxbTpSA", "aaYs_ugo0-rE2Jekes1PJw", "hqgOWukC9coe3MdgfHtH5g", "lC_3nvwkHgl9SaTnumhP5Q", "8J4ws1nJGtKw46PngBvB5Q", "jqSHJnHvTP87q07Xqkq4hw", "CM0EMtiTFw4j1NzQxpRTyw", "2kAJ9mm4Al1aohWUTUDcqg", "Kw6HSHOqXdoXzsBxP0DZdg", "N8vCakI4PYadSyZglAue3g", "vsNrPrPYvOixxj2XfCNw9Q", "fmv6AAuHWKa0I4MMT8Xplg", "qcXvogaHuZAMeRruhud9zA", "dt78D7-pSQYcQROMuWJBgg", "obEfxuuhedE42kn3VCgWKQ", "xwEtQCeiwq1ObMKgN1IO3Q", "-K3BgHsVpuWCJiMOUlK5rQ", "FyYpHRmq8V64-ccJb1xKvA", "CA9Fxdtn7hHHONmHlgj94w", "GCyDjTf58plnO8qo6b6WOQ", "Z34nYlHQJr3U4b6vQP6pgg", "tjM7g7QJFtQei9rjdqTXsg", "EEES3vPUCYdkw9R7XBnMbw", "cEZnl5d77T5ZKqn0YrOzBw", "0ySTAXtcy3R3cl-oX6_DPw", "Wfc5NDlM_c1-80jZfNU7nQ", "u5_s-NxoE3NFjj3b2bBe-w", "13t_6GxB0VEg5nKNYquf5w", "Yr68hxfHu59VaXTFbCxCXA", "Gs5fDor8nfIMVjVNC-KINw", "qy9oH1W_qqxeSHvKvn32tA", "4trF-agl_pTto5LshPj21A", "Le4lbZAwgANAO_w7UeRSvA", "2bKb_f5V2rUmZGjUKyrmEw", "lp0OiZzv3GDV1bfHKH50Xg", "yY73i5xt1Rxs6WfGJIaKgg", "duXoaTav7BBz68kEV2OJVA", "zO74ge-OUMme06wJwz1EFQ", "ExSYAgIYB2g9fkczEALd1A", "E9OmDrvv38uWWE5AOkepjQ", "DsMztNpscnjGh8ACsAmS4Q", "inUbz3Jv4HYfiLRkWOCmAg", "yxmwgT7OvOBCOzuQG9j3TA", "zM-gcCWeg53xH_BagYoJmw", "PFSWpnZA3Xl5p4QYsxv1-w", "1SbptbQzwIyGyACQPOSzJA", "TmQeNesYZyNnKgJnva_nqA", "rY_kCmUFx3nwhHenJKOrxA", "CG-s1H7UvsEELbv3DsoOjA", "N12db-eTgXvL6DC_Urf3Pg", "D0R3PXXOmeB6SKtuHmUYLQ", "R26Obnwr7e23wquoht_wVg", "9SfVn3KFNFwZojuX98a3Zw", "dUF9QogCjaJEEq0E3NY5nQ", "P9S6KvGOD3noht2vy9ZdHg", "omaOFO58h0vON01FU1fe8Q", "VO87TNGAgcepEdQHk6YNyg", "-3OK-J9wW5OPvCIG15h_Jg", "4FZMUsXxuCVrNsYVSC6dDw", "r4k4d21B8kKzj8cJRKcAAw", "N6jyZXEPyNfpOY803thqYQ", "Rh-wTg1sEWA4EraZl5pvCA", "l34_tx89dZtByPHRwLobwg", "WryW5cSI9Ssv-Zl3KSsxdA", "_LkgPKwwSRIcVAFesSOpnQ", "J03dWcLeO2Qe5Q3yZA9sJw", "eUHx1xz2HaVLeE6hQ_8JIg", "AMgmfgj9QfGdVgRSsJd9_A", "SHoPwGhcTgME7DFaSQbb2Q", "5LC-jGdASBlIi505NYFNKw", "bjo72VkdpMxcFWjVUWt-mA", "Q4jfmw_2a0wyRcnWQYrWow", "mInh1oDO4q_NLdIMB9EAPw", "Gslks2m-GyF2PHl2QcLmFA", "jbIf6taSL2Wk5YGwe5xIwQ", "4098tK2m3PQu5JHIF0Ii8A", "0u3alX-H5NAz6oCAez2Cew", "uS56xScDcGf3whAgHU0dqg", "hmlF6Lxp5dp9matRxBhJ9Q", "9pzwUTx49BJsJ0k2nwBMcQ", "6uNQ3t4dC3b74iDq9z9VDg", "WMQKfqNpxZovFfzkoCJQtA", "aX1AwoM5HnP8ajwvMPwgAg", "eT-I8akLsAxBZI3pzGtgzw", "zrcEs5QfrDABgoZWcCoLyA", "uKqhuD2M3LHjeXuJPtl4uQ", "QdakkFzETBtksp2aUed37g", "0MjvVeSvp3c3wuGzM75MsQ", "dBRPZeMZ3ybxTbzz_f2Jnw", "hMIRjKVgo2cxHCFTwIrpeA", "QaPpYzkrS0Zu-7cJgdR26g", "n5UhvQCpV7B2wfakXMNL4Q", "kMFXg3rl2d08Fh9botF5Ug", "bEf0t8DWbgDlvIC1C5MrXw", "VUgY3WOAJ086MSo7dVzDQg", "FnUxuXxUu3U0WxEaukQeBQ", "5sDgb6Hg9LKxUmp2WDiJyQ", "W3DOFBSwjGm0MHlYkTGJTQ", "ZgfYoVCT8zB8jf1zPjX9RA", "YU1IEogTq2zg3DA9DrCZXA", "wH5Rr_HjuJPgA_PuLjxoiw", "QHNypzeK5wVC6uQFs8Mfsw", "lL6mjMI8mHKsKKh1IEeZKw", "DPdhtwi41DRiLKkfdtNUdg", "VrIw5bgXyk4Z1r0vWQop7A", "Q311cgSGGbd9XU9AKw5eAA", "wXJAvAco1tx5076WScqcuQ", "sVhdlX-gaUEjUKoJ34hrww", "FmxKt6PffuA6TBVUuPmJsA", "iUKHbQJPdOvszqNEUsyzMA", "X73OjCxExSRzV8nm1jbX3g", "UpqdukSi--j4D1ydtbVqWg", "hAvmWLnZRkYjFgNMFr0jDQ", "IQr0DCoeUz1Nh1QS1HDLMw", "nX4johb5ob-534_2JoMAXg", "ZuDyrnFFonIyPT9oF1kmfQ", "yTDnDS7kFqYaOdGq1ugKQw", "GxAcgpDwwaHw0ZiK3dY1yg", "ndDSRq33uHP_-djIkRhUKw", "P1oUYC0J6QD3AFK8crtzuQ", "3IZmFWzAoFvpk9M0IPlRpA", "aLp7uo8MuDgHW_gASR6rlA", "Odn85weWUOXtfg3hkFPBxw", "y5OaFi6JD8rb7ZUniEEygA", "cpVcaD5LHsvBDncvgWrr0A", "mNZ01U4lXGIpcURJNtKlNA", "FQGwQBT8QCFQL6EzL9MQkw", "PIs4DP_1lzgP-4VodMQiPQ", "hEd_07e2rE8czZJB4-0LdA", "HqYP8RdnZGwdW5sp4reA8Q", "-HIn_Jy4dLBb21vySo5THQ", "eDYbndh9kascbxbbyTk5eA", "l8_Z5VFStnIvM31BEVfMLA", "nTSTsAMf79gySdw5PsPdKg", "MtZZZ4N4ETjk5GpjxbtnIA", "W7VGM_NHFg6LPBYFdJSUWg", "DspKzLu6j2_ExEsMcOU8Kg", "dGhz3SwaXhzywy0PnfhX_Q", "yNAaLXKfGAzTkv5woy0o5w", "_wka0Rbyzsl1Pk8O6yBQow", "0SS-jNMvCnT1F6SXrwxsmw", "gbAsqTS9pADxeu7_B1yT5A", "jrGr1q9yMWMSG2PQqqhHGw", "H3Xx6n_LUixdNwxQVUg4gg", "OugggPmDIsRExt1ekdanKQ", "istQGpDfpmLTrNp1lNInqA", "0kF6eLqvEfgSBJT3tHS7lg", "_hbfWahKWnv5QO8T-0vj7w", "zI3e2wXoMeIeocH9zhOiQg", "tKSnHI4z7sxguA76mS5X9A", "ju861lf9bOjfkFHQzri50w", "JE90DTX0Ql7quq9EwGCgVg", "9onX8iZZPOlAJxt_7m0b5A", "6QPn0o7mBUOr0M0_6dp3ag", "4IwGbi-gRK1DUVZM1qGXOA", "6DbA3Rh7S21mHrNlUkr6yA", "z3VZmflJDeHln0MbBKhS-Q", "DfJ1A486p9DrIC_Sjqjjiw", "JeYBrIWYJ1sKK8_Mq5Y51A", "45zfwjhIGBNkJMJY6kEKnA", "K9Je5a_-TO3RIhlh0hzkIg", "MhZWXbDuzNktmWZBy9aiGg", "8IeWHbDa1J9F8On8HHvJtg", "o90KYzRl1ir7L1q7AOnK2g", "bAbqezKMpU5Gv6XXk4pXnw", "cOlxAfds6uwuksZzVStPag", "BbEXSmSIB1hNKtHH_Mwr_w", "9Mw47SnpJphhHoHCkC5pPg", "HRzl9i9MzN_QJ79JbKjFGg", "zkbW_MXWeLHE98GkA9SaCQ", "JaK5MDpSz2DbaDuzsdKfsg", "EY2bNo5cPBYk2AgCJERvkg", "U5ObJT8gChRXZWZ0foEXtg", "HYjGhPDj9MopNHa02YbM4Q", "JjNfYcag20B-AA2nKsIkIQ", "8Sp_31l_UofnjpayU-XaHQ", "lOalrHFBIO0_Ryz-B74Lfw", "XycelAcm6Ic-xw9mjlHeoQ", "32aYkta7-9o1HElNALNlsA", "xv--m11UNvdv7--kEeJHTg", "4qPLK_6B98iIy19FqRAm1A", "1q4UgVJGxTAdAtuiLLzJLQ", "FYkj36U7Q-ODQIBLCgB4YQ", "bvy6-3nCEOwG7thARKdVAg", "_o6R_X1EhRSf_h7pOjm2gw", "XVi-BZ6S9-xa41w0aGS9PQ", "P9-2br5Z-y52UnWHBFgEAg", "xmeBhqVK2Ph8IDM1NPTXhg", "j0bBE6vVpEf2UBehGTN2hw", "_l3S-mpBhd3obBAyYP4wBA", "5sp8_vK6YxZPfCKJjgImKQ", "tDOHGFYz20ZCMtAU9Pf2Vg", "adapfXkH7ph23pP3S9aMLw", "GOi37RUwruXPLx5C6BML8w", "fZK4NK18k-HCVCIao7bhGw", "MOMEwH0u9DZsni57B4zuSw", "UC2vYlKLgqC1X6pdbn24Fw", "ykIIhMbUtkRfd0yMu6s53A", "0sXwiiYkN3QCiBEW7JafMw", "p2-ywOOjCG0T-3dTPIVK9A", "7sdK2AsLdvS2DsJaTUleEg", "Fm-GDg3rOKKETW_nzHua5A", "A75fyEkrSljz9pXNY6wEBA", "ToibitTvNQpYyYx0EbCxZA", "L_umMPHhoyVQXpAAo0jbDA", "1C2UoofRIaGp46FuRXNoQg", "PzjSkfEj3KGlja4w56O34w", "yiWFA_UvhnIV79adZZmxTA", "fRkFY8VT7y58uRpiqimRkQ", "34K8RXBrsMkqa6COa20Jvg", "dj3GC3FGed6Z1GLPbLgZqg", "lVVxZhg5XAGXtqNFa-K_hA", "jho05dOI_LhjcwzaPEWi0A", "HQJEdzX3HII6Xln7NYWjeg", "MlIqDRgGlp2rHC5t_AmwTg", "1XXuMYZs4htQzbUU-8YDwg", "BnDj2S_nwnwjtcQDRLVZvg", "b2ebnX1MdVTgolkt77CPcQ", "6-7Phvxhg1zexGVNe6Nn4Q", "s1h2IAm8BeJbpI4xjUNtew"], "table_id": 4}, {"type": "delete_rows", "row_ids": ["0TrIt2lluK-SnaMy5XYFxw", "e096yrLdClJn9i7lfAsYew", "VoouMuEAZDeiB0d33ftE8g", "jBbMwXkO77EMjHkdvE_bVA", "MlRw7j9HUaleLENFOFrFBg", "8zpSucn1tIp1nWs4KEsyIQ", "_MCmIlWpvrD0HLsHxnklbg", "DOJZsZeiBK8L0cO-HQJVzg", "3S1URnl-8730ddWMTgp1sg", "mzmoC16bxzILVaszU4WOpg", "d645sWHMfivkg9fQbOdGYw", "EcUnA0ekEHjOInEuR3VSwQ", "ru2raWujQgQNFd9HaXhCvQ", "ic5QtenTdn1C1adrJSIDpA", "6rwOfFoUwcklfBy0IiESTg", "oJTSSc5skmsO-t5b_lkeiA", "vGUUSdxeuIIOLTSf74V53Q", "7k_sQTqtk3snSx-EH0G35Q", "BV3y0CSYjqE90Hskda73mA", "nd8NIpUvAykPSYxgmNRMwA", "tKX_coSwd8bFhhA7sDHreQ", "gA1yrd4_jSd7Ff7pKZHrIQ", "Ohycdumfc-dkEEELg3SuDw", "35A5u3vV_IG6ofEFEcQ_Pg", "dSrKOAFGfwKBhFZ-gfQPIg", "C-5Gbnf27S5VUTqOg0nR7w", "5nNqZkeQi_1i8lfL2NJx9w", "oRoOcWuzVBvfcmlGKgcVkw", "2LMjpkiBeTL91zCSqYG_HA", "DX-uIIC22tGcolRMCTMK3A", "nskF4Gr1bV1ytHHl5zqwwg", "Ku0tydEuKdh01pJJTBcOuA", "ekFmwdgaPyxpr1PWPINK5w", "qi6rLw0wAMksCzN1dV3MjA", "LiAYh20ndJZHQKUVPF1Q0A", "5wK-MMYWBhzx8mI6VfbIhA", "i_LUMPOX6dIjU11M0HSDKA", "6IKhXtnHs27_gyx6y0zqLg", "P0MZlSMpYos9DrAu-aOT_w", "uPBdO5nTc2U2fn76SeH2Pg", "mHe9152Xat0d4pIT8qGcAA", "B-4P2u1ntMSB5owqQLjJng", "HNf1lhdTmRgV6__Vpra_Kg", "wGBWNpD72JnCeVTrMLO8CA", "bweXQ3sIcAa_qBE8pE5MLA", "YoRUWiexnIRMqENK-OK5Xw", "0oxvWU_XvF9jJohXgOAfDg", "DJD0GKLa6Ga64ntbr8v1wg", "l484zpjE4JxLX741-p6Lhg", "pdDSpC5F7rB5swiUBpP7_A", "VqXRrsABCAFXSPxJSj104A", "W4eBMCmTpmk9Pc5mJB-nYQ", "zYPTcBoAmKKSbUG1GcXcBg", "rlI75qdMFSEmOPMf9gtAXg", "AMgozNnTP8FZ2MF2hWamWg", "A_iGJjLbgLqUhe4QvSn_pw", "sGLTQbt3Sl0R9JopM92PQw", "UVZT6wrePiefz3LoplPbDA", "s_PcB3ZzGL_hLMqb0kAjOQ", "xCDKODofdlQFWpmnLDnLeg", "cbd2oMZPi2h5u7t67SED2A", "BMErYZvKIx5FQK9Lh3NO9g", "uUKyOGvlRc74MrKj6E0GcA", "dESSp5RcCK6xb_8aPOFPUg", "0Yt_G0pnDF7EO3cvYmD5lA", "bNT9hC-GH0ghNdQAKybdhw", "EYvd8_qtPnZ0gcPNi5S8Fg", "jGjbO7IhIUwD5CphY9IWYQ", "A-lgbQaIRrw7Wm1RS6kesg", "Hb5lUsTBEK0A36ofRg1Wdg", "djkyux2HXRvEJbib9FK01A", "_3akoUxWituXmw-7zkrUDA", "yJJUwNa2O9r7qAzCOv5Qww", "MU8kKqa9Dts17xTjNDOizw", "9V0d7PeWjr8n8z26fWdxFQ", "4Ack8aidXCdD_1AB8nqQmQ", "HsfHRmAPuJsM85i_5m99CQ", "MwlYNAVqO4WZHFM13Nz-Sw", "RNihRArof0ESGb3bHQixOw", "2_CHVGf0OE8lSh4TLMyZbA", "nJgzjrSWL94LHU8UV3RbAQ", "_HhzpeEHbfBmkxgmp1at4w", "-jGoSCzx34LwHZSUD44SYQ", "JL-pKt7x3XtFbJEjI4WqKw", "kuE1QIt6rG7QaG-kgjrC5A", "azw_8LGQ2RhMB7aASMrwkg", "wE1oK4g2Q1GO0vNS5j5Niw", "3V2DXXl1WB49k-98qj9WGg", "kS4ETW0VUMaJ82J52tb7hg", "HIGX1OhOXPP1-ZyxE4b6dQ", "fHAOKhF1Yv2IRN4kgXhIWg", "fuQFvfo2yc8_atH5l75kUg", "BwISaRZNPbGOHPwpxhnZ2A", "2Z754mXlXZC5aiWnZb4crQ", "pf_g3_7I4wsfXjQ6BRaP_A", "R-LyelNE2X8s1bmJfnGkAQ", "k4pIUmUV03jjLuxC_4Q0ow", "xE_vnXNRVojrsBRHh9pKoQ", "_IV5IjnKoX8aV1FdunLIAQ", "8Fva8yLmsMhf_3wbO1fhkQ", "XpeU0kpHqmyp4m3DkwbbpA", "bl-7mFxuZ4Gx71HtTqA4Vw", "xg50XEX7BJA0R-SYFuYV2w", "GN-wXYpoka5FIxo7-xGWjQ", "_Tgrw-k48IIHcUEN1jyZ8g", "qv56sP_0Nvz4DHZjGZjh6Q", "2WE6X_tR08oY-H9eGJP-eQ", "XQU_BV6uzUCVVHXTPbrpyw", "RnJwxOs-HRo3QP124KrJNw", "bqdIjcJV5hMJEwaODXR8lw", "PqtlqxQTFWZ1BXtYeIoTkQ", "QkcjKBsvKP9LmdxMyFMsCg", "Lk7EGb4r9RpNWdxJfmwKyA", "GH-7DlO6ogvCIAwblQJD6w", "hkycdUJ54LZOIUJ7H-aJCA", "rIQtwtULIZ9y6bTwoiKGpw", "rDZszZDrUqUXIH4drkTQNg", "JVz-PeK8WnQy-k-JwmDnIA", "W6izIkHfR6Vej3X3LJRsLg", "aaI4C_BKaqMQLjM4pd3rWA", "Cy7AMPZbq0E771kdoV7lCQ", "ZL55FtPn8h3uFIuUq8bT_g", "S9D35X3FAxPP5pUgFm696A", "9aCI0qqE76WZRrWsIrDD3w", "wQHjZkZOc1GqXY5l5leqPA", "Ab7mYP6F1_wyRC0ArNXgPw", "q60dLxmu7krF91w5eS9mgQ", "Ok3fh1TCT4ax7yXkeYBiWA", "akFLXyjz2X4EJwa_pGHQnw", "TmD7UGxFMCCYdRhruaJZrA", "1NucB-tYLWugK43HaUrv2Q", "ZAyRadlPAvF2IIsvpDFOmw", "DOHJKbIP6VvmrqVvI_5kyw", "SB9fNesKzftPOpedhaSnFg", "IufcdcorjOBbht5abar0Eg", "h83-4eN8B0_Prer-hZxh5w", "u67vkz2uuUuiQ89kLtqbXw", "G-OOrhPPpIugrLjAIoRgSA", "3kmGM3pzfPuDUgquEU1nKw", "xuxg1SWs4sQtRc2EcjdCrw", "9D289PsK1J416A1qdSsdsg", "DOyc0b9AvqC-BPTMm66_2A", "cK2u3ajkgMwDcVsnaKnzbg", "KAurHTDqxco5XLLO-CEjUQ", "uhXx7AcHYcZMWtT7T1JObw", "-icUtey1OXPL7z0M8cgS2w", "fLaJ3FFDYnhk674AiPe8ZQ", "pUAl3YKnVBCqEaBM7ZR8xQ", "Vc5Ef-ix7lnZWfS0U1_L4A", "vRzh_eE7zHjVUnf3mG3rfA", "ZGrleXgdDARRdqIrW4-eQw", "VpLfay2naB9jlV8WTTzxTQ", "wBpT9b0Twvi1L0Nl3rN_AQ", "Fkh5OTPuRezk7al2znfhtQ", "NTbW0VLaBAnNSPSNpUMjIw", "r9LAJZSJMdBPuMjXJDsAvQ", "2WhqIPzTF-PyspG4TMwBkQ", "LOhh0eGT1w1KgyYNrJiMOw", "cn4jNGiEaX6mko6epIbBcg", "bSMlFIwQI5OdFj7sMjQ6aQ", "DpkRd88qid1aIj8KtQuc2Q", "YkC5Yzi44sJxwi6EY-B6Kg", "DSwr7CUZTizwFeihW-tclA", "_aTw37hL2CmgqbuZsAazSg", "swWN5ESznFZzz_Agt6ENNg", "hxrZUkRB9gSyxXndxNyRXA", "RxJwo-y9RkK0E_DMViZAhQ", "Q6x_JEzatcuP2RZtZZ6ykQ", "_nbfqdfiZfun7dKIgTry2Q", "HwBuOa9tEgsMMCwqvPxydA", "le79EqGrVGgoGNXSy9s-hA", "4Tygk0XXzo0agUcs4ZrcqQ", "O-Dc_ZZeaxo_gOojTQNBfA", "YTywmZ-ooKySJhMddYbpRA", "IKqNqh_g2IuOQ8V8246sPQ", "ijRWvgpd0wRIb35LjDDNxw", "wYVHpqcTd-yzs23m2N6bDw", "CjLXUs_aTxXsQZDW6ANucQ", "bfBm03h0X6t71ZFUdhdtqw", "Eb1Symc1p3Yg2lTAPzDmWA", "6NNNswSIzHGg_stIUAS6kQ", "0o_S1BRby8E5NaUX2ehqvA", "yl_xqZFszCH4b-cSpa453A", "gCxrAsejQ3qhfu5OsmeFtA", "IvmwOVjvwMvkVtka8xD1EA", "y3OZfNaq4ajcMhv-c92mAw", "ObmCww1U9qWcNtXBNgAaxA", "F_JwWPnUpOcilxlC6IO7Kg", "QbbNlrZJ0qEMV9onetdCkQ", "ysaiyFCOIAsuMMl80L9UJg", "MOonKX19mgAhhe7wVC3x_Q", "bJt0YjrT6GLM-2EMsG5bTw", "sLvet5P8FsQxQFhucvyL0A", "9uk9VYglO1717GiwIp5EJg", "FdxItG45DwWh_6_GXLzVYg", "wHQn0g-j7vFRvLr7EN9zqQ", "cCoTqU9c95YdTo_uTfc-lQ", "xcyMbzDV7MTIJeIOWm9fxQ", "R1WSwDwD4RDp0gML2y3NIA", "vdHIfQksbcYUhjbEmqiSfQ", "vW7gAZTTg_X4ouHX_BYuJQ", "Up4ftDr_2U689U5Q4UsqsQ", "YrFyT1XrN6Rq5OIpq41l4A", "BGRFWHuRcfE6xPfZQuUc-w", "dtXP31j1um4_z9I4K6MWcg", "WRmnkkSQi_g59Rcaq6-ceA", "7pVxGbMwoqwCPSxX2DH3vw", "Yn6zBGTJaBsltonWpCzUOw", "Cry5lGnauAFjujx3k78ddQ", "QvsUWHoihzsAxxExCfvUDQ", "-Sj4F6SvHaZKGcEXVZmtDQ", "JTLNx_sN68qC-mkDXYN6dQ", "EZbWpXREYZ-YRzT-eGujgA", "vQqj1NfhFnnPnDQrHlX6Jw", "coVSvT9inSrIOEh3vDhRjQ", "47tPgioczxXnQS2SSodxew", "0V4nTjrNykxiRI3hQJYqhg", "oq_2USM_x1TpqfdXbLae9Q", "hC6JA_eY4mVfizR2AX6ISg", "5Tdlpiez9MuXD8HfFi4ToQ", "0fGASmqNCY6DDSm9m8WzQQ", "x6enpMaxj21knf-u7LiGig", "75n7Zz_EXJ-RlKe2ubzUzA", "7Ve7oUPvNUJnHVvOCa2S0Q", "YIoy8neCb-ijv0JwLt6dPA", "SfTQ_Xps7Y3DYECOzPN9kw", "tw7h7ttMStMAxg8ve4xTaQ", "oj8iPM3TKRCD9MA-Y4g__A", "eCMcPOZFscjSnXWzGtnFMg", "D_0-paO9nl1Bmq7fea1L5A", "zt52WtWJFGnfKyhAwLo03A", "8sCYtofS1iPeFmlt6xFIBQ", "PLIXy9G-cN0TF-K8Dk08_w", "6Aza39TQ9EJG_cufnHy-bA", "wbUQnAm862mUQ3D8Txjs1w", "xt9-Jaup9yAyW76901IHww", "IUeKBv5uv0hr2Y-8uG3mqw", "rUFFcnp_DVWcCEuhPucAvQ", "2kdKFJmRvHhF1XwAeXv6kA", "M8BuTfBXtKw5gNY7DRxqeA", "EUHiCLSQCUtUtaLWsA6oCw", "I2Sp1MYsUyGkDeB_sB0bww", "8O5iZDM6vICHrZxVpZm9iA", "3SgFj95CML_Gz--8moFAcQ", "TBP-NU3UQvNbCAPFgylzmQ", "2Dqd7rpO6FsWFEy-WYP9Mw", "RuUDnEsQjS_3GhCZ1lLLqw", "vWBRkRjlDHSCc2bLsalXtg", "Ux4QfLL9Um9Rsh2ISq9ujw", "TSI4ljg8UtaAwNB4jndwgw", "xKJEIhqQy93HtN4BpLq2wQ", "Q-CEoruWKMrERGp7qquIiQ", "Rp4PIcL1hICaE7xoXRErXA", "2_9wIW7nONvZh59EerBTow", "I2UncNtGV2kd6zeYma7XgQ", "LF6FL6hM6HSxYQRFZIyJVw", "qDAb5LIOAo-7AGJhMQs0pw", "sgtWV54MilZSSyGSP1Jnfw", "qI_nTdE0uKv1x1IoFen5Wg", "Up9E7v_vjLiyuia3uED-3Q", "pIYNjHNgDdkrcb-XROCMIA", "S6Imk9CruqEfJl9Cx7kjwg", "v0VWmghBK_B2Z81LOxk2hw", "H3JMyiWbqUJAb5ucI-p21w", "hHYTuIqZNwHsCdQ1wP3Mfw", "QEHGrnBDNA4Qm5c7u3qaeA", "F7QQqRXs07SXG_YMI8pxaw", "VaY4a6fB31qKPQISsOmYrQ", "j__3nTqQRKvbY7NaiY-L2g", "igWqdBO8oDu6Zfix59x__Q", "SbWLBc8AHwGOu5rGWU8uyA", "u0VPWoUZtiEowsTYP5DxKw", "zW_3F37HMhLN428QJP6IFw", "VLVN17qPeecDUFLu_3Qa-w", "alDc9L5TUBsvX1Coq6t20g", "Akyrx-m5eRhRLCZjJVnbsg", "2EeEWUu4MhOeuOd7VSTLiw", "f35YXv_VZLhzOpap0Ucdig", "UmMWp7GDs1LLPCBnNpaUrw", "PZDldC_19VR8OiJvqnN63g", "ZZHbDCfs5jA_4Eb5XES7rw", "dOxUSFLTNPdf4iKQ_3q9VQ", "7HYsXyHbZ6llqBYTxt8AxA", "4OGbHw3z8LUSrW344VWpWg", "lHmA1sNqdKJffy7KYaZDqA", "zPrk0lLSWHGWaGazJp2iKQ", "np24isMJcxaHdrhr2dl0YA", "drtzrfVJigYL_wrzkUhZCw", "mCis3Lqj2NBqU3YCrJz5Tg", "k4s8eFDPuh8P5RJ1VoYUew", "dKj_8MewxItz5STNre0Z3w", "-sHj5S3t6PU1hGn5mP7KQQ", "fjkHUNmRMUnxxm6mFahRZA", "EgAhRF74eCt29llGbxjzCg", "rTz9ZCAEgt6TFvJIFNdPgg", "IVLUIg2MJTM466toYRhRwA", "f0MIO5YLf2WRC3cm-qDThQ", "fwIXArNAPsiQ9hJU8G4a0w", "8oxcVCq-fvE_Cn64q7MhSQ", "ZfNu4eQ3ZG6coaDlQ8FbFA"], "table_id": 3}, {"type": "delete_rows", "row_ids": ["XPLtp9lOY6peNi67fiGofQ", "JAhpoo55DCRi34mijk2pkQ", "2S5sq0yN1XZr1m99dxM5rg", "FFH1RX-AAwK_wUuOkSFAnQ", "w0DOedfgBstcSIXT_z1URg", "d0MmMDp62sPvW5Nx1tW3VA", "SgGVD40Bk36m9K3ljah-_w", "M64qEdMamrfSNA1GTkwUrg", "KYbLieevA80Y-dr0lRLSrA", "UVcWG_FyWSEj4PKmyOS3mg", "pMMSjAmIcqWoatLXjQ_Z9w", "a7KdZGcBJwSCyYJOR_mY1A", "_rccd15ELGIGdixvVWUDzQ", "oqXV-KQ6BNG3Kg_393WvXQ", "LQ-Qy9HD0bcecTAvIr1cZg", "q5sj4DcCpmfSNVLazkb7Zg", "Db3JQglmW9isy1Ef1Inozw", "wgrWHBmwVj737qFTogZpBw", "ZFx4HiF6uABUy3Y4rj8zNg", "V6u6257aY2F-1py4yw22VA", "h_3fQStmnY7mbAkhtuPsdA", "zmh2wEjnwZl00APHA6fi7g", "jeEGGs-9oeMtzp6JtGLDdA", "o9tjzfmKOoS8MqxozlC8Kg", "rCSkqBih5xHXTUl7kT8VFw", "L6Jkqp3LL2d6q3oW478r2g", "HZdx3yS7PPspwZNt0sQlNA", "gC5cKqV85BS318qGPeqm5Q", "DgZjV3RDrTs-T2MZhXCYfA", "fRYhmEsmBtW5DhtJf1R2qg"], "table_id": 2}, {"type": "delete_rows", "row_ids": ["Kj_oVovoEzI76bIFiOFwEA", "qUPUqoUjdB0BD_N4reenJg", "0dp0EhnY_cycqdsCiKr7AA", "Af3mBgvBNbDJdvoP7gJPnQ"], "table_id": 1}, {"type": "delete_column", "column_id": 86}, {"type": "delete_column", "column_id": 85}, {"type": "delete_column", "column_id": 84}, {"type": "delete_column", "column_id": 83}, {"type": "delete_column", "column_id": 82}, {"type": "delete_column", "column_id": 81}, {"type": "delete_column", "column_id": 80}, {"type": "delete_column", "column_id": 79}, {"type": "delete_column", "column_id": 78}, {"type": "delete_column", "column_id": 77}, {"type": "delete_column", "column_id": 76}, {"type": "delete_column", "column_id": 75}, {"type": "delete_column", "column_id": 74}, {"type": "delete_column", "column_id": 73}, {"type": "delete_column", "column_id": 72}, {"type": "delete_column", "column_id": 71}, {"type": "delete_column", "column_id": 70}, {"type": "delete_column", "column_id": 69}, {"type": "delete_column", "column_id": 68}, {"type": "delete_column", "column_id": 67}, {"type": "delete_column", "column_id": 66}, {"type": "delete_column", "column_id": 65}, {"type": "delete_column", "column_id": 64}, {"type": "delete_column", "column_id": 63}, {"type": "delete_column", "column_id": 62}, {"type": "delete_column", "column_id": 61}, {"type": "delete_column", "column_id": 60}, {"type": "delete_column", "column_id": 59}, {"type": "delete_column", "column_id": 58}, {"type": "delete_column", "column_id": 56}, {"type": "delete_column", "column_id": 54}, {"type": "delete_column", "column_id": 52}, {"type": "delete_column", "column_id": 50}, {"type": "modify_table", "position": 6.0, "table_id": 6}, {"type": "modify_table", "position": 1.0, "table_id": 1}, {"type": "modify_table", "position": 4.0, "table_id": 4}, {"type": "modify_table", "position": 2.0, "table_id": 2}, {"type": "modify_table", "position": 5.0, "table_id": 5}, {"type": "modify_table", "position": 3.0, "table_id": 3}, {"type": "delete_table", "table_id": 6}, {"type": "delete_table", "table_id": 5}, {"type": "delete_table", "table_id": 4}, {"type": "delete_table", "table_id": 3}, {"type": "delete_table", "table_id": 2}, {"type": "delete_table", "table_id": 1}]}', 'do', NULL, false, '[[1, null, 1], [1, null, 2], [1, null, 3], [1, null, 4], [1, null, 5], [1, null, null], [2, null, 6], [2, null, 7], [2, null, 8], [2, null, 9], [2, null, 10], [2, null, 11], [2, null, 12], [2, null, 13], [2, null, 14], [2, null, null], [3, null, 15], [3, null, 16], [3, null, 17], [3, null, 18], [3, null, 19], [3, null, 20], [3, null, 21], [3, null, 22], [3, null, 23], [3, null, 24], [3, null, 25], [3, null, 26], [3, null, 27], [3, null, null], [4, null, 28], [4, null, 29], [4, null, 30], [4, null, 31], [4, null, 32], [4, null, 33], [4, null, 34], [4, null, 35], [4, null, null], [5, null, 36], [5, null, 37], [5, null, 38], [5, null, 39], [5, null, 40], [5, null, 41], [5, null, 42], [5, null, 43], [5, null, null], [6, null, 44], [6, null, 45], [6, null, 46], [6, null, 47], [6, null, 48], [6, null, 49], [6, null, null], [1, null, 51], [2, null, 50], [2, null, 53], [3, null, 52], [3, null, 55], [4, null, 54], [3, null, 57], [5, null, 56], [4, null, 58], [4, null, 59], [4, null, 60], [4, null, 61], [3, null, 62], [3, null, 63], [3, null, 64], [3, null, 65], [3, null, 66], [3, null, 67], [3, null, 68], [3, null, 69], [3, null, 70], [3, null, 71], [3, null, 72], [3, null, 73], [3, null, 74], [2, null, 75], [2, null, 76], [2, null, 77], [2, null, 78], [2, null, 79], [2, null, 80], [1, null, 81], [1, null, 82], [1, null, 83], [5, null, 84], [5, null, 85], [6, null, 86], [1, "Kj_oVovoEzI76bIFiOFwEA", null], [1, "qUPUqoUjdB0BD_N4reenJg", null], [1, "0dp0EhnY_cycqdsCiKr7AA", null], [1, "Af3mBgvBNbDJdvoP7gJPnQ", null], [2, "XPLtp9lOY6peNi67fiGofQ", null], [2, "JAhpoo55DCRi34mijk2pkQ", null], [2, "2S5sq0yN1XZr1m99dxM5rg", null], [2, "FFH1RX-AAwK_wUuOkSFAnQ", null], [2, "w0DOedfgBstcSIXT_z1URg", null], [2, "d0MmMDp62sPvW5Nx1tW3VA", null], [2, "SgGVD40Bk36m9K3ljah-_w", null], [2, "M64qEdMamrfSNA1GTkwUrg", null], [2, "KYbLieevA80Y-dr0lRLSrA", null], [2, "UVcWG_FyWSEj4PKmyOS3mg", null], [2, "pMMSjAmIcqWoatLXjQ_Z9w", null], [2, "a7KdZGcBJwSCyYJOR_mY1A", null], [2, "_rccd15ELGIGdixvVWUDzQ", null], [2, "oqXV-KQ6BNG3Kg_393WvXQ", null], [2, "LQ-Qy9HD0bcecTAvIr1cZg", null], [2, "q5sj4DcCpmfSNVLazkb7Zg", null], [2, "Db3JQglmW9isy1Ef1Inozw", null], [2, "wgrWHBmwVj737qFTogZpBw", null], [2, "ZFx4HiF6uABUy3Y4rj8zNg", null], [2, "V6u6257aY2F-1py4yw22VA", null], [2, "h_3fQStmnY7mbAkhtuPsdA", null], [2, "zmh2wEjnwZl00APHA6fi7g", null], [2, "jeEGGs-9oeMtzp6JtGLDdA", null], [2, "o9tjzfmKOoS8MqxozlC8Kg", null], [2, "rCSkqBih5xHXTUl7kT8VFw", null], [2, "L6Jkqp3LL2d6q3oW478r2g", null], [2, "HZdx3yS7PPspwZNt0sQlNA", null], [2, "gC5cKqV85BS318qGPeqm5Q", null], [2, "DgZjV3RDrTs-T2MZhXCYfA", null], [2, "fRYhmEsmBtW5DhtJf1R2qg", null], [2, "XPLtp9lOY6peNi67fiGofQ", 50], [2, "JAhpoo55DCRi34mijk2pkQ", 50], [2, "2S5sq0yN1XZr1m99dxM5rg", 50], [2, "FFH1RX-AAwK_wUuOkSFAnQ", 50], [2, "w0DOedfgBstcSIXT_z1URg", 50], [2, "d0MmMDp62sPvW5Nx1tW3VA", 50], [2, "SgGVD40Bk36m9K3ljah-_w", 50], [2, "M64qEdMamrfSNA1GTkwUrg", 50], [2, "KYbLieevA80Y-dr0lRLSrA", 50], [2, "UVcWG_FyWSEj4PKmyOS3mg", 50], [2, "pMMSjAmIcqWoatLXjQ_Z9w", 50], [2, "a7KdZGcBJwSCyYJOR_mY1A", 50], [2, "_rccd15ELGIGdixvVWUDzQ", 50], [2, "oqXV-KQ6BNG3Kg_393WvXQ", 50], [2, "LQ-Qy9HD0bcecTAvIr1cZg", 50], [2, "q5sj4DcCpmfSNVLazkb7Zg", 50], [2, "Db3JQglmW9isy1Ef1Inozw", 50], [2, "wgrWHBmwVj737qFTogZpBw", 50], [2, "ZFx4HiF6uABUy3Y4rj8zNg", 50], [2, "V6u6257aY2F-1py4yw22VA", 50], [2, "h_3fQStmnY7mbAkhtuPsdA", 50], [2, "zmh2wEjnwZl00APHA6fi7g", 50], [2, "jeEGGs-9oeMtzp6JtGLDdA", 50], [2, "o9tjzfmKOoS8MqxozlC8Kg", 50], [2, "rCSkqBih5xHXTUl7kT8VFw", 50], [2, "L6Jkqp3LL2d6q3oW478r2g", 50], [2, "HZdx3yS7PPspwZNt0sQlNA", 50], [2, "gC5cKqV85BS318qGPeqm5Q", 50], [2, "DgZjV3RDrTs-T2MZhXCYfA", 50], [2, "fRYhmEsmBtW5DhtJf1R2qg", 50], [1, "Kj_oVovoEzI76bIFiOFwEA", 51], [1, "qUPUqoUjdB0BD_N4reenJg", 51], [1, "0dp0EhnY_cycqdsCiKr7AA", 51], [3, "0TrIt2lluK-SnaMy5XYFxw", null], [3, "e096yrLdClJn9i7lfAsYew", null], [3, "VoouMuEAZDeiB0d33ftE8g", null], [3, "jBbMwXkO77EMjHkdvE_bVA", null], [3, "MlRw7j9HUaleLENFOFrFBg", null], [3, "8zpSucn1tIp1nWs4KEsyIQ", null], [3, "_MCmIlWpvrD0HLsHxnklbg", null], [3, "DOJZsZeiBK8L0cO-HQJVzg", null], [3, "3S1URnl-8730ddWMTgp1sg", null], [3, "mzmoC16bxzILVaszU4WOpg", null], [3, "d645sWHMfivkg9fQbOdGYw", null], [3, "EcUnA0ekEHjOInEuR3VSwQ", null], [3, "ru2raWujQgQNFd9HaXhCvQ", null], [3, "ic5QtenTdn1C1adrJSIDpA", null], [3, "6rwOfFoUwcklfBy0IiESTg", null], [3, "oJTSSc5skmsO-t5b_lkeiA", null], [3, "vGUUSdxeuIIOLTSf74V53Q", null], [3, "7k_sQTqtk3snSx-EH0G35Q", null], [3, "BV3y0CSYjqE90Hskda73mA", null], [3, "nd8NIpUvAykPSYxgmNRMwA", null], [3, "tKX_coSwd8bFhhA7sDHreQ", null], [3, "gA1yrd4_jSd7Ff7pKZHrIQ", null], [3, "Ohycdumfc-dkEEELg3SuDw", null], [3, "35A5u3vV_IG6ofEFEcQ_Pg", null], [3, "dSrKOAFGfwKBhFZ-gfQPIg", null], [3, "C-5Gbnf27S5VUTqOg0nR7w", null], [3, "5nNqZkeQi_1i8lfL2NJx9w", null], [3, "oRoOcWuzVBvfcmlGKgcVkw", null], [3, "2LMjpkiBeTL91zCSqYG_HA", null], [3, "DX-uIIC22tGcolRMCTMK3A", null], [3, "nskF4Gr1bV1ytHHl5zqwwg", null], [3, "Ku0tydEuKdh01pJJTBcOuA", null], [3, "ekFmwdgaPyxpr1PWPINK5w", null], [3, "qi6rLw0wAMksCzN1dV3MjA", null], [3, "LiAYh20ndJZHQKUVPF1Q0A", null], [3, "5wK-MMYWBhzx8mI6VfbIhA", null], [3, "i_LUMPOX6dIjU11M0HSDKA", null], [3, "6IKhXtnHs27_gyx6y0zqLg", null], [3, "P0MZlSMpYos9DrAu-aOT_w", null], [3, "uPBdO5nTc2U2fn76SeH2Pg", null], [3, "mHe9152Xat0d4pIT8qGcAA", null], [3, "B-4P2u1ntMSB5owqQLjJng", null], [3, "HNf1lhdTmRgV6__Vpra_Kg", null], [3, "wGBWNpD72JnCeVTrMLO8CA", null], [3, "bweXQ3sIcAa_qBE8pE5MLA", null], [3, "YoRUWiexnIRMqENK-OK5Xw", null], [3, "0oxvWU_XvF9jJohXgOAfDg", null], [3, "DJD0GKLa6Ga64ntbr8v1wg", null], [3, "l484zpjE4JxLX741-p6Lhg", null], [3, "pdDSpC5F7rB5swiUBpP7_A", null], [3, "VqXRrsABCAFXSPxJSj104A", null], [3, "W4eBMCmTpmk9Pc5mJB-nYQ", null], [3, "zYPTcBoAmKKSbUG1GcXcBg", null], [3, "rlI75qdMFSEmOPMf9gtAXg", null], [3, "AMgozNnTP8FZ2MF2hWamWg", null], [3, "A_iGJjLbgLqUhe4QvSn_pw", null], [3, "sGLTQbt3Sl0R9JopM92PQw", null], [3, "UVZT6wrePiefz3LoplPbDA", null], [3, "s_PcB3ZzGL_hLMqb0kAjOQ", null], [3, "xCDKODofdlQFWpmnLDnLeg", null], [3, "cbd2oMZPi2h5u7t67SED2A", null], [3, "BMErYZvKIx5FQK9Lh3NO9g", null], [3, "uUKyOGvlRc74MrKj6E0GcA", null], [3, "dESSp5RcCK6xb_8aPOFPUg", null], [3, "0Yt_G0pnDF7EO3cvYmD5lA", null], [3, "bNT9hC-GH0ghNdQAKybdhw", null], [3, "EYvd8_qtPnZ0gcPNi5S8Fg", null], [3, "jGjbO7IhIUwD5CphY9IWYQ", null], [3, "A-lgbQaIRrw7Wm1RS6kesg", null], [3, "Hb5lUsTBEK0A36ofRg1Wdg", null], [3, "djkyux2HXRvEJbib9FK01A", null], [3, "_3akoUxWituXmw-7zkrUDA", null], [3, "yJJUwNa2O9r7qAzCOv5Qww", null], [3, "MU8kKqa9Dts17xTjNDOizw", null], [3, "9V0d7PeWjr8n8z26fWdxFQ", null], [3, "4Ack8aidXCdD_1AB8nqQmQ", null], [3, "HsfHRmAPuJsM85i_5m99CQ", null], [3, "MwlYNAVqO4WZHFM13Nz-Sw", null], [3, "RNihRArof0ESGb3bHQixOw", null], [3, "2_CHVGf0OE8lSh4TLMyZbA", null], [3, "nJgzjrSWL94LHU8UV3RbAQ", null], [3, "_HhzpeEHbfBmkxgmp1at4w", null], [3, "-jGoSCzx34LwHZSUD44SYQ", null], [3, "JL-pKt7x3XtFbJEjI4WqKw", null], [3, "kuE1QIt6rG7QaG-kgjrC5A", null], [3, "azw_8LGQ2RhMB7aASMrwkg", null], [3, "wE1oK4g2Q1GO0vNS5j5Niw", null], [3, "3V2DXXl1WB49k-98qj9WGg", null], [3, "kS4ETW0VUMaJ82J52tb7hg", null], [3, "HIGX1OhOXPP1-ZyxE4b6dQ", null], [3, "fHAOKhF1Yv2IRN4kgXhIWg", null], [3, "fuQFvfo2yc8_atH5l75kUg", null], [3, "BwISaRZNPbGOHPwpxhnZ2A", null], [3, "2Z754mXlXZC5aiWnZb4crQ", null], [3, "pf_g3_7I4wsfXjQ6BRaP_A", null], [3, "R-LyelNE2X8s1bmJfnGkAQ", null], [3, "k4pIUmUV03jjLuxC_4Q0ow", null], [3, "xE_vnXNRVojrsBRHh9pKoQ", null], [3, "_IV5IjnKoX8aV1FdunLIAQ", null], [3, "8Fva8yLmsMhf_3wbO1fhkQ", null], [3, "XpeU0kpHqmyp4m3DkwbbpA", null], [3, "bl-7mFxuZ4Gx71HtTqA4Vw", null], [3, "xg50XEX7BJA0R-SYFuYV2w", null], [3, "GN-wXYpoka5FIxo7-xGWjQ", null], [3, "_Tgrw-k48IIHcUEN1jyZ8g", null], [3, "qv56sP_0Nvz4DHZjGZjh6Q", null], [3, "2WE6X_tR08oY-H9eGJP-eQ", null], [3, "XQU_BV6uzUCVVHXTPbrpyw", null], [3, "RnJwxOs-HRo3QP124KrJNw", null], [3, "bqdIjcJV5hMJEwaODXR8lw", null], [3, "PqtlqxQTFWZ1BXtYeIoTkQ", null], [3, "QkcjKBsvKP9LmdxMyFMsCg", null], [3, "Lk7EGb4r9RpNWdxJfmwKyA", null], [3, "GH-7DlO6ogvCIAwblQJD6w", null], [3, "hkycdUJ54LZOIUJ7H-aJCA", null], [3, "rIQtwtULIZ9y6bTwoiKGpw", null], [3, "rDZszZDrUqUXIH4drkTQNg", null], [3, "JVz-PeK8WnQy-k-JwmDnIA", null], [3, "W6izIkHfR6Vej3X3LJRsLg", null], [3, "aaI4C_BKaqMQLjM4pd3rWA", null], [3, "Cy7AMPZbq0E771kdoV7lCQ", null], [3, "ZL55FtPn8h3uFIuUq8bT_g", null], [3, "S9D35X3FAxPP5pUgFm696A", null], [3, "9aCI0qqE76WZRrWsIrDD3w", null], [3, "wQHjZkZOc1GqXY5l5leqPA", null], [3, "Ab7mYP6F1_wyRC0ArNXgPw", null], [3, "q60dLxmu7krF91w5eS9mgQ", null], [3, "Ok3fh1TCT4ax7yXkeYBiWA", null], [3, "akFLXyjz2X4EJwa_pGHQnw", null], [3, "TmD7UGxFMCCYdRhruaJZrA", null], [3, "1NucB-tYLWugK43HaUrv2Q", null], [3, "ZAyRadlPAvF2IIsvpDFOmw", null], [3, "DOHJKbIP6VvmrqVvI_5kyw", null], [3, "SB9fNesKzftPOpedhaSnFg", null], [3, "IufcdcorjOBbht5abar0Eg", null], [3, "h83-4eN8B0_Prer-hZxh5w", null], [3, "u67vkz2uuUuiQ89kLtqbXw", null], [3, "G-OOrhPPpIugrLjAIoRgSA", null], [3, "3kmGM3pzfPuDUgquEU1nKw", null], [3, "xuxg1SWs4sQtRc2EcjdCrw", null], [3, "9D289PsK1J416A1qdSsdsg", null], [3, "DOyc0b9AvqC-BPTMm66_2A", null], [3, "cK2u3ajkgMwDcVsnaKnzbg", null], [3, "KAurHTDqxco5XLLO-CEjUQ", null], [3, "uhXx7AcHYcZMWtT7T1JObw", null], [3, "-icUtey1OXPL7z0M8cgS2w", null], [3, "fLaJ3FFDYnhk674AiPe8ZQ", null], [3, "pUAl3YKnVBCqEaBM7ZR8xQ", null], [3, "Vc5Ef-ix7lnZWfS0U1_L4A", null], [3, "vRzh_eE7zHjVUnf3mG3rfA", null], [3, "ZGrleXgdDARRdqIrW4-eQw", null], [3, "VpLfay2naB9jlV8WTTzxTQ", null], [3, "wBpT9b0Twvi1L0Nl3rN_AQ", null], [3, "Fkh5OTPuRezk7al2znfhtQ", null], [3, "NTbW0VLaBAnNSPSNpUMjIw", null], [3, "r9LAJZSJMdBPuMjXJDsAvQ", null], [3, "2WhqIPzTF-PyspG4TMwBkQ", null], [3, "LOhh0eGT1w1KgyYNrJiMOw", null], [3, "cn4jNGiEaX6mko6epIbBcg", null], [3, "bSMlFIwQI5OdFj7sMjQ6aQ", null], [3, "DpkRd88qid1aIj8KtQuc2Q", null], [3, "YkC5Yzi44sJxwi6EY-B6Kg", null], [3, "DSwr7CUZTizwFeihW-tclA", null], [3, "_aTw37hL2CmgqbuZsAazSg", null], [3, "swWN5ESznFZzz_Agt6ENNg", null], [3, "hxrZUkRB9gSyxXndxNyRXA", null], [3, "RxJwo-y9RkK0E_DMViZAhQ", null], [3, "Q6x_JEzatcuP2RZtZZ6ykQ", null], [3, "_nbfqdfiZfun7dKIgTry2Q", null], [3, "HwBuOa9tEgsMMCwqvPxydA", null], [3, "le79EqGrVGgoGNXSy9s-hA", null], [3, "4Tygk0XXzo0agUcs4ZrcqQ", null], [3, "O-Dc_ZZeaxo_gOojTQNBfA", null], [3, "YTywmZ-ooKySJhMddYbpRA", null], [3, "IKqNqh_g2IuOQ8V8246sPQ", null], [3, "ijRWvgpd0wRIb35LjDDNxw", null], [3, "wYVHpqcTd-yzs23m2N6bDw", null], [3, "CjLXUs_aTxXsQZDW6ANucQ", null], [3, "bfBm03h0X6t71ZFUdhdtqw", null], [3, "Eb1Symc1p3Yg2lTAPzDmWA", null], [3, "6NNNswSIzHGg_stIUAS6kQ", null], [3, "0o_S1BRby8E5NaUX2ehqvA", null], [3, "yl_xqZFszCH4b-cSpa453A", null], [3, "gCxrAsejQ3qhfu5OsmeFtA", null], [3, "IvmwOVjvwMvkVtka8xD1EA", null], [3, "y3OZfNaq4ajcMhv-c92mAw", null], [3, "ObmCww1U9qWcNtXBNgAaxA", null], [3, "F_JwWPnUpOcilxlC6IO7Kg", null], [3, "QbbNlrZJ0qEMV9onetdCkQ", null], [3, "ysaiyFCOIAsuMMl80L9UJg", null], [3, "MOonKX19mgAhhe7wVC3x_Q", null], [3, "bJt0YjrT6GLM-2EMsG5bTw", null], [3, "sLvet5P8FsQxQFhucvyL0A", null], [3, "9uk9VYglO1717GiwIp5EJg", null], [3, "FdxItG45DwWh_6_GXLzVYg", null], [3, "wHQn0g-j7vFRvLr7EN9zqQ", null], [3, "cCoTqU9c95YdTo_uTfc-lQ", null], [3, "xcyMbzDV7MTIJeIOWm9fxQ", null], [3, "R1WSwDwD4RDp0gML2y3NIA", null], [3, "vdHIfQksbcYUhjbEmqiSfQ", null], [3, "vW7gAZTTg_X4ouHX_BYuJQ", null], [3, "Up4ftDr_2U689U5Q4UsqsQ", null], [3, "YrFyT1XrN6Rq5OIpq41l4A", null], [3, "BGRFWHuRcfE6xPfZQuUc-w", null], [3, "dtXP31j1um4_z9I4K6MWcg", null], [3, "WRmnkkSQi_g59Rcaq6-ceA", null], [3, "7pVxGbMwoqwCPSxX2DH3vw", null], [3, "Yn6zBGTJaBsltonWpCzUOw", null], [3, "Cry5lGnauAFjujx3k78ddQ", null], [3, "QvsUWHoihzsAxxExCfvUDQ", null], [3, "-Sj4F6SvHaZKGcEXVZmtDQ", null], [3, "JTLNx_sN68qC-mkDXYN6dQ", null], [3, "EZbWpXREYZ-YRzT-eGujgA", null], [3, "vQqj1NfhFnnPnDQrHlX6Jw", null], [3, "coVSvT9inSrIOEh3vDhRjQ", null], [3, "47tPgioczxXnQS2SSodxew", null], [3, "0V4nTjrNykxiRI3hQJYqhg", null], [3, "oq_2USM_x1TpqfdXbLae9Q", null], [3, "hC6JA_eY4mVfizR2AX6ISg", null], [3, "5Tdlpiez9MuXD8HfFi4ToQ", null], [3, "0fGASmqNCY6DDSm9m8WzQQ", null], [3, "x6enpMaxj21knf-u7LiGig", null], [3, "75n7Zz_EXJ-RlKe2ubzUzA", null], [3, "7Ve7oUPvNUJnHVvOCa2S0Q", null], [3, "YIoy8neCb-ijv0JwLt6dPA", null], [3, "SfTQ_Xps7Y3DYECOzPN9kw", null], [3, "tw7h7ttMStMAxg8ve4xTaQ", null], [3, "oj8iPM3TKRCD9MA-Y4g__A", null], [3, "eCMcPOZFscjSnXWzGtnFMg", null], [3, "D_0-paO9nl1Bmq7fea1L5A", null], [3, "zt52WtWJFGnfKyhAwLo03A", null], [3, "8sCYtofS1iPeFmlt6xFIBQ", null], [3, "PLIXy9G-cN0TF-K8Dk08_w", null], [3, "6Aza39TQ9EJG_cufnHy-bA", null], [3, "wbUQnAm862mUQ3D8Txjs1w", null], [3, "xt9-Jaup9yAyW76901IHww", null], [3, "IUeKBv5uv0hr2Y-8uG3mqw", null], [3, "rUFFcnp_DVWcCEuhPucAvQ", null], [3, "2kdKFJmRvHhF1XwAeXv6kA", null], [3, "M8BuTfBXtKw5gNY7DRxqeA", null], [3, "EUHiCLSQCUtUtaLWsA6oCw", null], [3, "I2Sp1MYsUyGkDeB_sB0bww", null], [3, "8O5iZDM6vICHrZxVpZm9iA", null], [3, "3SgFj95CML_Gz--8moFAcQ", null], [3, "TBP-NU3UQvNbCAPFgylzmQ", null], [3, "2Dqd7rpO6FsWFEy-WYP9Mw", null], [3, "RuUDnEsQjS_3GhCZ1lLLqw", null], [3, "vWBRkRjlDHSCc2bLsalXtg", null], [3, "Ux4QfLL9Um9Rsh2ISq9ujw", null], [3, "TSI4ljg8UtaAwNB4jndwgw", null], [3, "xKJEIhqQy93HtN4BpLq2wQ", null], [3, "Q-CEoruWKMrERGp7qquIiQ", null], [3, "Rp4PIcL1hICaE7xoXRErXA", null], [3, "2_9wIW7nONvZh59EerBTow", null], [3, "I2UncNtGV2kd6zeYma7XgQ", null], [3, "LF6FL6hM6HSxYQRFZIyJVw", null], [3, "qDAb5LIOAo-7AGJhMQs0pw", null], [3, "sgtWV54MilZSSyGSP1Jnfw", null], [3, "qI_nTdE0uKv1x1IoFen5Wg", null], [3, "Up9E7v_vjLiyuia3uED-3Q", null], [3, "pIYNjHNgDdkrcb-XROCMIA", null], [3, "S6Imk9CruqEfJl9Cx7kjwg", null], [3, "v0VWmghBK_B2Z81LOxk2hw", null], [3, "H3JMyiWbqUJAb5ucI-p21w", null], [3, "hHYTuIqZNwHsCdQ1wP3Mfw", null], [3, "QEHGrnBDNA4Qm5c7u3qaeA", null], [3, "F7QQqRXs07SXG_YMI8pxaw", null], [3, "VaY4a6fB31qKPQISsOmYrQ", null], [3, "j__3nTqQRKvbY7NaiY-L2g", null], [3, "igWqdBO8oDu6Zfix59x__Q", null], [3, "SbWLBc8AHwGOu5rGWU8uyA", null], [3, "u0VPWoUZtiEowsTYP5DxKw", null], [3, "zW_3F37HMhLN428QJP6IFw", null], [3, "VLVN17qPeecDUFLu_3Qa-w", null], [3, "alDc9L5TUBsvX1Coq6t20g", null], [3, "Akyrx-m5eRhRLCZjJVnbsg", null], [3, "2EeEWUu4MhOeuOd7VSTLiw", null], [3, "f35YXv_VZLhzOpap0Ucdig", null], [3, "UmMWp7GDs1LLPCBnNpaUrw", null], [3, "PZDldC_19VR8OiJvqnN63g", null], [3, "ZZHbDCfs5jA_4Eb5XES7rw", null], [3, "dOxUSFLTNPdf4iKQ_3q9VQ", null], [3, "7HYsXyHbZ6llqBYTxt8AxA", null], [3, "4OGbHw3z8LUSrW344VWpWg", null], [3, "lHmA1sNqdKJffy7KYaZDqA", null], [3, "zPrk0lLSWHGWaGazJp2iKQ", null], [3, "np24isMJcxaHdrhr2dl0YA", null], [3, "drtzrfVJigYL_wrzkUhZCw", null], [3, "mCis3Lqj2NBqU3YCrJz5Tg", null], [3, "k4s8eFDPuh8P5RJ1VoYUew", null], [3, "dKj_8MewxItz5STNre0Z3w", null], [3, "-sHj5S3t6PU1hGn5mP7KQQ", null], [3, "fjkHUNmRMUnxxm6mFahRZA", null], [3, "EgAhRF74eCt29llGbxjzCg", null], [3, "rTz9ZCAEgt6TFvJIFNdPgg", null], [3, "IVLUIg2MJTM466toYRhRwA", null], [3, "f0MIO5YLf2WRC3cm-qDThQ", null], [3, "fwIXArNAPsiQ9hJU8G4a0w", null], [3, "8oxcVCq-fvE_Cn64q7MhSQ", null], [3, "ZfNu4eQ3ZG6coaDlQ8FbFA", null], [3, "0TrIt2lluK-SnaMy5XYFxw", 52], [3, "e096yrLdClJn9i7lfAsYew", 52], [3, "VoouMuEAZDeiB0d33ftE8g", 52], [3, "jBbMwXkO77EMjHkdvE_bVA", 52], [3, "MlRw7j9HUaleLENFOFrFBg", 52], [3, "8zpSucn1tIp1nWs4KEsyIQ", 52], [3, "_MCmIlWpvrD0HLsHxnklbg", 52], [3, "DOJZsZeiBK8L0cO-HQJVzg", 52], [3, "3S1URnl-8730ddWMTgp1sg", 52], [3, "mzmoC16bxzILVaszU4WOpg", 52], [3, "d645sWHMfivkg9fQbOdGYw", 52], [3, "EcUnA0ekEHjOInEuR3VSwQ", 52], [3, "ru2raWujQgQNFd9HaXhCvQ", 52], [3, "ic5QtenTdn1C1adrJSIDpA", 52], [3, "6rwOfFoUwcklfBy0IiESTg", 52], [3, "oJTSSc5skmsO-t5b_lkeiA", 52], [3, "vGUUSdxeuIIOLTSf74V53Q", 52], [3, "7k_sQTqtk3snSx-EH0G35Q", 52], [3, "BV3y0CSYjqE90Hskda73mA", 52], [3, "nd8NIpUvAykPSYxgmNRMwA", 52], [3, "tKX_coSwd8bFhhA7sDHreQ", 52], [3, "gA1yrd4_jSd7Ff7pKZHrIQ", 52], [3, "Ohycdumfc-dkEEELg3SuDw", 52], [3, "35A5u3vV_IG6ofEFEcQ_Pg", 52], [3, "dSrKOAFGfwKBhFZ-gfQPIg", 52], [3, "C-5Gbnf27S5VUTqOg0nR7w", 52], [3, "5nNqZkeQi_1i8lfL2NJx9w", 52], [3, "oRoOcWuzVBvfcmlGKgcVkw", 52], [3, "2LMjpkiBeTL91zCSqYG_HA", 52], [3, "DX-uIIC22tGcolRMCTMK3A", 52], [3, "nskF4Gr1bV1ytHHl5zqwwg", 52], [3, "Ku0tydEuKdh01pJJTBcOuA", 52], [3, "ekFmwdgaPyxpr1PWPINK5w", 52], [3, "qi6rLw0wAMksCzN1dV3MjA", 52], [3, "LiAYh20ndJZHQKUVPF1Q0A", 52], [3, "5wK-MMYWBhzx8mI6VfbIhA", 52], [3, "i_LUMPOX6dIjU11M0HSDKA", 52], [3, "6IKhXtnHs27_gyx6y0zqLg", 52], [3, "P0MZlSMpYos9DrAu-aOT_w", 52], [3, "uPBdO5nTc2U2fn76SeH2Pg", 52], [3, "mHe9152Xat0d4pIT8qGcAA", 52], [3, "B-4P2u1ntMSB5owqQLjJng", 52], [3, "HNf1lhdTmRgV6__Vpra_Kg", 52], [3, "wGBWNpD72JnCeVTrMLO8CA", 52], [3, "bweXQ3sIcAa_qBE8pE5MLA", 52], [3, "YoRUWiexnIRMqENK-OK5Xw", 52], [3, "0oxvWU_XvF9jJohXgOAfDg", 52], [3, "DJD0GKLa6Ga64ntbr8v1wg", 52], [3, "l484zpjE4JxLX741-p6Lhg", 52], [3, "pdDSpC5F7rB5swiUBpP7_A", 52], [3, "VqXRrsABCAFXSPxJSj104A", 52], [3, "W4eBMCmTpmk9Pc5mJB-nYQ", 52], [3, "zYPTcBoAmKKSbUG1GcXcBg", 52], [3, "rlI75qdMFSEmOPMf9gtAXg", 52], [3, "AMgozNnTP8FZ2MF2hWamWg", 52], [3, "A_iGJjLbgLqUhe4QvSn_pw", 52], [3, "sGLTQbt3Sl0R9JopM92PQw", 52], [3, "UVZT6wrePiefz3LoplPbDA", 52], [3, "s_PcB3ZzGL_hLMqb0kAjOQ", 52], [3, "xCDKODofdlQFWpmnLDnLeg", 52], [3, "cbd2oMZPi2h5u7t67SED2A", 52], [3, "BMErYZvKIx5FQK9Lh3NO9g", 52], [3, "uUKyOGvlRc74MrKj6E0GcA", 52], [3, "dESSp5RcCK6xb_8aPOFPUg", 52], [3, "0Yt_G0pnDF7EO3cvYmD5lA", 52], [3, "bNT9hC-GH0ghNdQAKybdhw", 52], [3, "EYvd8_qtPnZ0gcPNi5S8Fg", 52], [3, "jGjbO7IhIUwD5CphY9IWYQ", 52], [3, "A-lgbQaIRrw7Wm1RS6kesg", 52], [3, "Hb5lUsTBEK0A36ofRg1Wdg", 52], [3, "djkyux2HXRvEJbib9FK01A", 52], [3, "_3akoUxWituXmw-7zkrUDA", 52], [3, "yJJUwNa2O9r7qAzCOv5Qww", 52], [3, "MU8kKqa9Dts17xTjNDOizw", 52], [3, "9V0d7PeWjr8n8z26fWdxFQ", 52], [3, "4Ack8aidXCdD_1AB8nqQmQ", 52], [3, "HsfHRmAPuJsM85i_5m99CQ", 52], [3, "MwlYNAVqO4WZHFM13Nz-Sw", 52], [3, "RNihRArof0ESGb3bHQixOw", 52], [3, "2_CHVGf0OE8lSh4TLMyZbA", 52], [3, "nJgzjrSWL94LHU8UV3RbAQ", 52], [3, "_HhzpeEHbfBmkxgmp1at4w", 52], [3, "-jGoSCzx34LwHZSUD44SYQ", 52], [3, "JL-pKt7x3XtFbJEjI4WqKw", 52], [3, "kuE1QIt6rG7QaG-kgjrC5A", 52], [3, "azw_8LGQ2RhMB7aASMrwkg", 52], [3, "wE1oK4g2Q1GO0vNS5j5Niw", 52], [3, "3V2DXXl1WB49k-98qj9WGg", 52], [3, "kS4ETW0VUMaJ82J52tb7hg", 52], [3, "HIGX1OhOXPP1-ZyxE4b6dQ", 52], [3, "fHAOKhF1Yv2IRN4kgXhIWg", 52], [3, "fuQFvfo2yc8_atH5l75kUg", 52], [3, "BwISaRZNPbGOHPwpxhnZ2A", 52], [3, "2Z754mXlXZC5aiWnZb4crQ", 52], [3, "pf_g3_7I4wsfXjQ6BRaP_A", 52], [3, "R-LyelNE2X8s1bmJfnGkAQ", 52], [3, "k4pIUmUV03jjLuxC_4Q0ow", 52], [3, "xE_vnXNRVojrsBRHh9pKoQ", 52], [3, "_IV5IjnKoX8aV1FdunLIAQ", 52], [3, "8Fva8yLmsMhf_3wbO1fhkQ", 52], [3, "XpeU0kpHqmyp4m3DkwbbpA", 52], [3, "bl-7mFxuZ4Gx71HtTqA4Vw", 52], [3, "xg50XEX7BJA0R-SYFuYV2w", 52], [3, "GN-wXYpoka5FIxo7-xGWjQ", 52], [3, "_Tgrw-k48IIHcUEN1jyZ8g", 52], [3, "qv56sP_0Nvz4DHZjGZjh6Q", 52], [3, "2WE6X_tR08oY-H9eGJP-eQ", 52], [3, "XQU_BV6uzUCVVHXTPbrpyw", 52], [3, "RnJwxOs-HRo3QP124KrJNw", 52], [3, "bqdIjcJV5hMJEwaODXR8lw", 52], [3, "PqtlqxQTFWZ1BXtYeIoTkQ", 52], [3, "QkcjKBsvKP9LmdxMyFMsCg", 52], [3, "Lk7EGb4r9RpNWdxJfmwKyA", 52], [3, "GH-7DlO6ogvCIAwblQJD6w", 52], [3, "hkycdUJ54LZOIUJ7H-aJCA", 52], [3, "rIQtwtULIZ9y6bTwoiKGpw", 52], [3, "rDZszZDrUqUXIH4drkTQNg", 52], [3, "JVz-PeK8WnQy-k-JwmDnIA", 52], [3, "W6izIkHfR6Vej3X3LJRsLg", 52], [3, "aaI4C_BKaqMQLjM4pd3rWA", 52], [3, "Cy7AMPZbq0E771kdoV7lCQ", 52], [3, "ZL55FtPn8h3uFIuUq8bT_g", 52], [3, "S9D35X3FAxPP5pUgFm696A", 52], [3, "9aCI0qqE76WZRrWsIrDD3w", 52], [3, "wQHjZkZOc1GqXY5l5leqPA", 52], [3, "Ab7mYP6F1_wyRC0ArNXgPw", 52], [3, "q60dLxmu7krF91w5eS9mgQ", 52], [3, "Ok3fh1TCT4ax7yXkeYBiWA", 52], [3, "akFLXyjz2X4EJwa_pGHQnw", 52], [3, "TmD7UGxFMCCYdRhruaJZrA", 52], [3, "1NucB-tYLWugK43HaUrv2Q", 52], [3, "ZAyRadlPAvF2IIsvpDFOmw", 52], [3, "DOHJKbIP6VvmrqVvI_5kyw", 52], [3, "SB9fNesKzftPOpedhaSnFg", 52], [3, "IufcdcorjOBbht5abar0Eg", 52], [3, "h83-4eN8B0_Prer-hZxh5w", 52], [3, "u67vkz2uuUuiQ89kLtqbXw", 52], [3, "G-OOrhPPpIugrLjAIoRgSA", 52], [3, "3kmGM3pzfPuDUgquEU1nKw", 52], [3, "xuxg1SWs4sQtRc2EcjdCrw", 52], [3, "9D289PsK1J416A1qdSsdsg", 52], [3, "DOyc0b9AvqC-BPTMm66_2A", 52], [3, "cK2u3ajkgMwDcVsnaKnzbg", 52], [3, "KAurHTDqxco5XLLO-CEjUQ", 52], [3, "uhXx7AcHYcZMWtT7T1JObw", 52], [3, "-icUtey1OXPL7z0M8cgS2w", 52], [3, "fLaJ3FFDYnhk674AiPe8ZQ", 52], [3, "pUAl3YKnVBCqEaBM7ZR8xQ", 52], [3, "Vc5Ef-ix7lnZWfS0U1_L4A", 52], [3, "vRzh_eE7zHjVUnf3mG3rfA", 52], [3, "ZGrleXgdDARRdqIrW4-eQw", 52], [3, "VpLfay2naB9jlV8WTTzxTQ", 52], [3, "wBpT9b0Twvi1L0Nl3rN_AQ", 52], [3, "Fkh5OTPuRezk7al2znfhtQ", 52], [3, "NTbW0VLaBAnNSPSNpUMjIw", 52], [3, "r9LAJZSJMdBPuMjXJDsAvQ", 52], [3, "2WhqIPzTF-PyspG4TMwBkQ", 52], [3, "LOhh0eGT1w1KgyYNrJiMOw", 52], [3, "cn4jNGiEaX6mko6epIbBcg", 52], [3, "bSMlFIwQI5OdFj7sMjQ6aQ", 52], [3, "DpkRd88qid1aIj8KtQuc2Q", 52], [3, "YkC5Yzi44sJxwi6EY-B6Kg", 52], [3, "DSwr7CUZTizwFeihW-tclA", 52], [3, "_aTw37hL2CmgqbuZsAazSg", 52], [3, "swWN5ESznFZzz_Agt6ENNg", 52], [3, "hxrZUkRB9gSyxXndxNyRXA", 52], [3, "RxJwo-y9RkK0E_DMViZAhQ", 52], [3, "Q6x_JEzatcuP2RZtZZ6ykQ", 52], [3, "_nbfqdfiZfun7dKIgTry2Q", 52], [3, "HwBuOa9tEgsMMCwqvPxydA", 52], [3, "le79EqGrVGgoGNXSy9s-hA", 52], [3, "4Tygk0XXzo0agUcs4ZrcqQ", 52], [3, "O-Dc_ZZeaxo_gOojTQNBfA", 52], [3, "YTywmZ-ooKySJhMddYbpRA", 52], [3, "IKqNqh_g2IuOQ8V8246sPQ", 52], [3, "ijRWvgpd0wRIb35LjDDNxw", 52], [3, "wYVHpqcTd-yzs23m2N6bDw", 52], [3, "CjLXUs_aTxXsQZDW6ANucQ", 52], [3, "bfBm03h0X6t71ZFUdhdtqw", 52], [3, "Eb1Symc1p3Yg2lTAPzDmWA", 52], [3, "6NNNswSIzHGg_stIUAS6kQ", 52], [3, "0o_S1BRby8E5NaUX2ehqvA", 52], [3, "yl_xqZFszCH4b-cSpa453A", 52], [3, "gCxrAsejQ3qhfu5OsmeFtA", 52], [3, "IvmwOVjvwMvkVtka8xD1EA", 52], [3, "y3OZfNaq4ajcMhv-c92mAw", 52], [3, "ObmCww1U9qWcNtXBNgAaxA", 52], [3, "F_JwWPnUpOcilxlC6IO7Kg", 52], [3, "QbbNlrZJ0qEMV9onetdCkQ", 52], [3, "ysaiyFCOIAsuMMl80L9UJg", 52], [3, "MOonKX19mgAhhe7wVC3x_Q", 52], [3, "bJt0YjrT6GLM-2EMsG5bTw", 52], [3, "sLvet5P8FsQxQFhucvyL0A", 52], [3, "9uk9VYglO1717GiwIp5EJg", 52], [3, "FdxItG45DwWh_6_GXLzVYg", 52], [3, "wHQn0g-j7vFRvLr7EN9zqQ", 52], [3, "cCoTqU9c95YdTo_uTfc-lQ", 52], [3, "xcyMbzDV7MTIJeIOWm9fxQ", 52], [3, "R1WSwDwD4RDp0gML2y3NIA", 52], [3, "vdHIfQksbcYUhjbEmqiSfQ", 52], [3, "vW7gAZTTg_X4ouHX_BYuJQ", 52], [3, "Up4ftDr_2U689U5Q4UsqsQ", 52], [3, "YrFyT1XrN6Rq5OIpq41l4A", 52], [3, "BGRFWHuRcfE6xPfZQuUc-w", 52], [3, "dtXP31j1um4_z9I4K6MWcg", 52], [3, "WRmnkkSQi_g59Rcaq6-ceA", 52], [3, "7pVxGbMwoqwCPSxX2DH3vw", 52], [3, "Yn6zBGTJaBsltonWpCzUOw", 52], [3, "Cry5lGnauAFjujx3k78ddQ", 52], [3, "QvsUWHoihzsAxxExCfvUDQ", 52], [3, "-Sj4F6SvHaZKGcEXVZmtDQ", 52], [3, "JTLNx_sN68qC-mkDXYN6dQ", 52], [3, "EZbWpXREYZ-YRzT-eGujgA", 52], [3, "vQqj1NfhFnnPnDQrHlX6Jw", 52], [3, "coVSvT9inSrIOEh3vDhRjQ", 52], [3, "47tPgioczxXnQS2SSodxew", 52], [3, "0V4nTjrNykxiRI3hQJYqhg", 52], [3, "oq_2USM_x1TpqfdXbLae9Q", 52], [3, "hC6JA_eY4mVfizR2AX6ISg", 52], [3, "5Tdlpiez9MuXD8HfFi4ToQ", 52], [3, "0fGASmqNCY6DDSm9m8WzQQ", 52], [3, "x6enpMaxj21knf-u7LiGig", 52], [3, "75n7Zz_EXJ-RlKe2ubzUzA", 52], [3, "7Ve7oUPvNUJnHVvOCa2S0Q", 52], [3, "YIoy8neCb-ijv0JwLt6dPA", 52], [3, "SfTQ_Xps7Y3DYECOzPN9kw", 52], [3, "tw7h7ttMStMAxg8ve4xTaQ", 52], [3, "oj8iPM3TKRCD9MA-Y4g__A", 52], [3, "eCMcPOZFscjSnXWzGtnFMg", 52], [3, "D_0-paO9nl1Bmq7fea1L5A", 52], [3, "zt52WtWJFGnfKyhAwLo03A", 52], [3, "8sCYtofS1iPeFmlt6xFIBQ", 52], [3, "PLIXy9G-cN0TF-K8Dk08_w", 52], [3, "6Aza39TQ9EJG_cufnHy-bA", 52], [3, "wbUQnAm862mUQ3D8Txjs1w", 52], [3, "xt9-Jaup9yAyW76901IHww", 52], [3, "IUeKBv5uv0hr2Y-8uG3mqw", 52], [3, "rUFFcnp_DVWcCEuhPucAvQ", 52], [3, "2kdKFJmRvHhF1XwAeXv6kA", 52], [3, "M8BuTfBXtKw5gNY7DRxqeA", 52], [3, "EUHiCLSQCUtUtaLWsA6oCw", 52], [3, "I2Sp1MYsUyGkDeB_sB0bww", 52], [3, "8O5iZDM6vICHrZxVpZm9iA", 52], [3, "3SgFj95CML_Gz--8moFAcQ", 52], [3, "TBP-NU3UQvNbCAPFgylzmQ", 52], [3, "2Dqd7rpO6FsWFEy-WYP9Mw", 52], [3, "RuUDnEsQjS_3GhCZ1lLLqw", 52], [3, "vWBRkRjlDHSCc2bLsalXtg", 52], [3, "Ux4QfLL9Um9Rsh2ISq9ujw", 52], [3, "TSI4ljg8UtaAwNB4jndwgw", 52], [3, "xKJEIhqQy93HtN4BpLq2wQ", 52], [3, "Q-CEoruWKMrERGp7qquIiQ", 52], [3, "Rp4PIcL1hICaE7xoXRErXA", 52], [3, "2_9wIW7nONvZh59EerBTow", 52], [3, "I2UncNtGV2kd6zeYma7XgQ", 52], [3, "LF6FL6hM6HSxYQRFZIyJVw", 52], [3, "qDAb5LIOAo-7AGJhMQs0pw", 52], [3, "sgtWV54MilZSSyGSP1Jnfw", 52], [3, "qI_nTdE0uKv1x1IoFen5Wg", 52], [3, "Up9E7v_vjLiyuia3uED-3Q", 52], [3, "pIYNjHNgDdkrcb-XROCMIA", 52], [3, "S6Imk9CruqEfJl9Cx7kjwg", 52], [3, "v0VWmghBK_B2Z81LOxk2hw", 52], [3, "H3JMyiWbqUJAb5ucI-p21w", 52], [3, "hHYTuIqZNwHsCdQ1wP3Mfw", 52], [3, "QEHGrnBDNA4Qm5c7u3qaeA", 52], [3, "F7QQqRXs07SXG_YMI8pxaw", 52], [3, "VaY4a6fB31qKPQISsOmYrQ", 52], [3, "j__3nTqQRKvbY7NaiY-L2g", 52], [3, "igWqdBO8oDu6Zfix59x__Q", 52], [3, "SbWLBc8AHwGOu5rGWU8uyA", 52], [3, "u0VPWoUZtiEowsTYP5DxKw", 52], [3, "zW_3F37HMhLN428QJP6IFw", 52], [3, "VLVN17qPeecDUFLu_3Qa-w", 52], [3, "alDc9L5TUBsvX1Coq6t20g", 52], [3, "Akyrx-m5eRhRLCZjJVnbsg", 52], [3, "2EeEWUu4MhOeuOd7VSTLiw", 52], [3, "f35YXv_VZLhzOpap0Ucdig", 52], [3, "UmMWp7GDs1LLPCBnNpaUrw", 52], [3, "PZDldC_19VR8OiJvqnN63g", 52], [3, "ZZHbDCfs5jA_4Eb5XES7rw", 52], [3, "dOxUSFLTNPdf4iKQ_3q9VQ", 52], [3, "7HYsXyHbZ6llqBYTxt8AxA", 52], [3, "4OGbHw3z8LUSrW344VWpWg", 52], [3, "lHmA1sNqdKJffy7KYaZDqA", 52], [3, "zPrk0lLSWHGWaGazJp2iKQ", 52], [3, "np24isMJcxaHdrhr2dl0YA", 52], [3, "drtzrfVJigYL_wrzkUhZCw", 52], [3, "mCis3Lqj2NBqU3YCrJz5Tg", 52], [3, "k4s8eFDPuh8P5RJ1VoYUew", 52], [3, "dKj_8MewxItz5STNre0Z3w", 52], [3, "-sHj5S3t6PU1hGn5mP7KQQ", 52], [3, "fjkHUNmRMUnxxm6mFahRZA", 52], [3, "EgAhRF74eCt29llGbxjzCg", 52], [3, "rTz9ZCAEgt6TFvJIFNdPgg", 52], [3, "IVLUIg2MJTM466toYRhRwA", 52], [3, "f0MIO5YLf2WRC3cm-qDThQ", 52], [3, "fwIXArNAPsiQ9hJU8G4a0w", 52], [3, "8oxcVCq-fvE_Cn64q7MhSQ", 52], [3, "ZfNu4eQ3ZG6coaDlQ8FbFA", 52], [2, "XPLtp9lOY6peNi67fiGofQ", 53], [2, "JAhpoo55DCRi34mijk2pkQ", 53], [2, "2S5sq0yN1XZr1m99dxM5rg", 53], [2, "FFH1RX-AAwK_wUuOkSFAnQ", 53], [2, "w0DOedfgBstcSIXT_z1URg", 53], [2, "d0MmMDp62sPvW5Nx1tW3VA", 53], [2, "SgGVD40Bk36m9K3ljah-_w", 53], [2, "M64qEdMamrfSNA1GTkwUrg", 53], [2, "KYbLieevA80Y-dr0lRLSrA", 53], [2, "UVcWG_FyWSEj4PKmyOS3mg", 53], [2, "pMMSjAmIcqWoatLXjQ_Z9w", 53], [2, "a7KdZGcBJwSCyYJOR_mY1A", 53], [2, "_rccd15ELGIGdixvVWUDzQ", 53], [2, "oqXV-KQ6BNG3Kg_393WvXQ", 53], [2, "LQ-Qy9HD0bcecTAvIr1cZg", 53], [2, "q5sj4DcCpmfSNVLazkb7Zg", 53], [2, "Db3JQglmW9isy1Ef1Inozw", 53], [2, "wgrWHBmwVj737qFTogZpBw", 53], [2, "ZFx4HiF6uABUy3Y4rj8zNg", 53], [2, "V6u6257aY2F-1py4yw22VA", 53], [2, "h_3fQStmnY7mbAkhtuPsdA", 53], [2, "zmh2wEjnwZl00APHA6fi7g", 53], [2, "jeEGGs-9oeMtzp6JtGLDdA", 53], [2, "o9tjzfmKOoS8MqxozlC8Kg", 53], [2, "rCSkqBih5xHXTUl7kT8VFw", 53], [2, "L6Jkqp3LL2d6q3oW478r2g", 53], [2, "HZdx3yS7PPspwZNt0sQlNA", 53], [2, "gC5cKqV85BS318qGPeqm5Q", 53], [2, "DgZjV3RDrTs-T2MZhXCYfA", 53], [2, "fRYhmEsmBtW5DhtJf1R2qg", 53], [4, "i7GVv_by-b1RIywPmpeesQ", null], [4, "uO9EOAW_rglgVF61y_5t-w", null], [4, "N9FDcwuOBCv1Ag3XGpSouw", null], [4, "J8jc5Eizelzhwa_itKJRVQ", null], [4, "7IVu-NXNc_99qLcPkS2Wkg", null], [4, "5gIgm118YhcUZWUT6R8T-A", null], [4, "ohAEggmoU3ZhQDyEqLYSuA", null], [4, "1wb4Qb9f-p3D-nJAsn37JQ", null], [4, "MdEjNOvjWJ2oqA_HnD6WWw", null], [4, "d63Xt5YPpZBIgmKsmJe2Kw", null], [4, "AVd0E-OSWUJgmGNZxbTpSA", null], [4, "aaYs_ugo0-rE2Jekes1PJw", null], [4, "hqgOWukC9coe3MdgfHtH5g", null], [4, "lC_3nvwkHgl9SaTnumhP5Q", null], [4, "8J4ws1nJGtKw46PngBvB5Q", null], [4, "jqSHJnHvTP87q07Xqkq4hw", null], [4, "CM0EMtiTFw4j1NzQxpRTyw", null], [4, "2kAJ9mm4Al1aohWUTUDcqg", null], [4, "Kw6HSHOqXdoXzsBxP0DZdg", null], [4, "N8vCakI4PYadSyZglAue3g", null], [4, "vsNrPrPYvOixxj2XfCNw9Q", null], [4, "fmv6AAuHWKa0I4MMT8Xplg", null], [4, "qcXvogaHuZAMeRruhud9zA", null], [4, "dt78D7-pSQYcQROMuWJBgg", null], [4, "obEfxuuhedE42kn3VCgWKQ", null], [4, "xwEtQCeiwq1ObMKgN1IO3Q", null], [4, "-K3BgHsVpuWCJiMOUlK5rQ", null], [4, "FyYpHRmq8V64-ccJb1xKvA", null], [4, "CA9Fxdtn7hHHONmHlgj94w", null], [4, "GCyDjTf58plnO8qo6b6WOQ", null], [4, "Z34nYlHQJr3U4b6vQP6pgg", null], [4, "tjM7g7QJFtQei9rjdqTXsg", null], [4, "EEES3vPUCYdkw9R7XBnMbw", null], [4, "cEZnl5d77T5ZKqn0YrOzBw", null], [4, "0ySTAXtcy3R3cl-oX6_DPw", null], [4, "Wfc5NDlM_c1-80jZfNU7nQ", null], [4, "u5_s-NxoE3NFjj3b2bBe-w", null], [4, "13t_6GxB0VEg5nKNYquf5w", null], [4, "Yr68hxfHu59VaXTFbCxCXA", null], [4, "Gs5fDor8nfIMVjVNC-KINw", null], [4, "qy9oH1W_qqxeSHvKvn32tA", null], [4, "4trF-agl_pTto5LshPj21A", null], [4, "Le4lbZAwgANAO_w7UeRSvA", null], [4, "2bKb_f5V2rUmZGjUKyrmEw", null], [4, "lp0OiZzv3GDV1bfHKH50Xg", null], [4, "yY73i5xt1Rxs6WfGJIaKgg", null], [4, "duXoaTav7BBz68kEV2OJVA", null], [4, "zO74ge-OUMme06wJwz1EFQ", null], [4, "ExSYAgIYB2g9fkczEALd1A", null], [4, "E9OmDrvv38uWWE5AOkepjQ", null], [4, "DsMztNpscnjGh8ACsAmS4Q", null], [4, "inUbz3Jv4HYfiLRkWOCmAg", null], [4, "yxmwgT7OvOBCOzuQG9j3TA", null], [4, "zM-gcCWeg53xH_BagYoJmw", null], [4, "PFSWpnZA3Xl5p4QYsxv1-w", null], [4, "1SbptbQzwIyGyACQPOSzJA", null], [4, "TmQeNesYZyNnKgJnva_nqA", null], [4, "rY_kCmUFx3nwhHenJKOrxA", null], [4, "CG-s1H7UvsEELbv3DsoOjA", null], [4, "N12db-eTgXvL6DC_Urf3Pg", null], [4, "D0R3PXXOmeB6SKtuHmUYLQ", null], [4, "R26Obnwr7e23wquoht_wVg", null], [4, "9SfVn3KFNFwZojuX98a3Zw", null], [4, "dUF9QogCjaJEEq0E3NY5nQ", null], [4, "P9S6KvGOD3noht2vy9ZdHg", null], [4, "omaOFO58h0vON01FU1fe8Q", null], [4, "VO87TNGAgcepEdQHk6YNyg", null], [4, "-3OK-J9wW5OPvCIG15h_Jg", null], [4, "4FZMUsXxuCVrNsYVSC6dDw", null], [4, "r4k4d21B8kKzj8cJRKcAAw", null], [4, "N6jyZXEPyNfpOY803thqYQ", null], [4, "Rh-wTg1sEWA4EraZl5pvCA", null], [4, "l34_tx89dZtByPHRwLobwg", null], [4, "WryW5cSI9Ssv-Zl3KSsxdA", null], [4, "_LkgPKwwSRIcVAFesSOpnQ", null], [4, "J03dWcLeO2Qe5Q3yZA9sJw", null], [4, "eUHx1xz2HaVLeE6hQ_8JIg", null], [4, "AMgmfgj9QfGdVgRSsJd9_A", null], [4, "SHoPwGhcTgME7DFaSQbb2Q", null], [4, "5LC-jGdASBlIi505NYFNKw", null], [4, "bjo72VkdpMxcFWjVUWt-mA", null], [4, "Q4jfmw_2a0wyRcnWQYrWow", null], [4, "mInh1oDO4q_NLdIMB9EAPw", null], [4, "Gslks2m-GyF2PHl2QcLmFA", null], [4, "jbIf6taSL2Wk5YGwe5xIwQ", null], [4, "4098tK2m3PQu5JHIF0Ii8A", null], [4, "0u3alX-H5NAz6oCAez2Cew", null], [4, "uS56xScDcGf3whAgHU0dqg", null], [4, "hmlF6Lxp5dp9matRxBhJ9Q", null], [4, "9pzwUTx49BJsJ0k2nwBMcQ", null], [4, "6uNQ3t4dC3b74iDq9z9VDg", null], [4, "WMQKfqNpxZovFfzkoCJQtA", null], [4, "aX1AwoM5HnP8ajwvMPwgAg", null], [4, "eT-I8akLsAxBZI3pzGtgzw", null], [4, "zrcEs5QfrDABgoZWcCoLyA", null], [4, "uKqhuD2M3LHjeXuJPtl4uQ", null], [4, "QdakkFzETBtksp2aUed37g", null], [4, "0MjvVeSvp3c3wuGzM75MsQ", null], [4, "dBRPZeMZ3ybxTbzz_f2Jnw", null], [4, "hMIRjKVgo2cxHCFTwIrpeA", null], [4, "QaPpYzkrS0Zu-7cJgdR26g", null], [4, "n5UhvQCpV7B2wfakXMNL4Q", null], [4, "kMFXg3rl2d08Fh9botF5Ug", null], [4, "bEf0t8DWbgDlvIC1C5MrXw", null], [4, "VUgY3WOAJ086MSo7dVzDQg", null], [4, "FnUxuXxUu3U0WxEaukQeBQ", null], [4, "5sDgb6Hg9LKxUmp2WDiJyQ", null], [4, "W3DOFBSwjGm0MHlYkTGJTQ", null], [4, "ZgfYoVCT8zB8jf1zPjX9RA", null], [4, "YU1IEogTq2zg3DA9DrCZXA", null], [4, "wH5Rr_HjuJPgA_PuLjxoiw", null], [4, "QHNypzeK5wVC6uQFs8Mfsw", null], [4, "lL6mjMI8mHKsKKh1IEeZKw", null], [4, "DPdhtwi41DRiLKkfdtNUdg", null], [4, "VrIw5bgXyk4Z1r0vWQop7A", null], [4, "Q311cgSGGbd9XU9AKw5eAA", null], [4, "wXJAvAco1tx5076WScqcuQ", null], [4, "sVhdlX-gaUEjUKoJ34hrww", null], [4, "FmxKt6PffuA6TBVUuPmJsA", null], [4, "iUKHbQJPdOvszqNEUsyzMA", null], [4, "X73OjCxExSRzV8nm1jbX3g", null], [4, "UpqdukSi--j4D1ydtbVqWg", null], [4, "hAvmWLnZRkYjFgNMFr0jDQ", null], [4, "IQr0DCoeUz1Nh1QS1HDLMw", null], [4, "nX4johb5ob-534_2JoMAXg", null], [4, "ZuDyrnFFonIyPT9oF1kmfQ", null], [4, "yTDnDS7kFqYaOdGq1ugKQw", null], [4, "GxAcgpDwwaHw0ZiK3dY1yg", null], [4, "ndDSRq33uHP_-djIkRhUKw", null], [4, "P1oUYC0J6QD3AFK8crtzuQ", null], [4, "3IZmFWzAoFvpk9M0IPlRpA", null], [4, "aLp7uo8MuDgHW_gASR6rlA", null], [4, "Odn85weWUOXtfg3hkFPBxw", null], [4, "y5OaFi6JD8rb7ZUniEEygA", null], [4, "cpVcaD5LHsvBDncvgWrr0A", null], [4, "mNZ01U4lXGIpcURJNtKlNA", null], [4, "FQGwQBT8QCFQL6EzL9MQkw", null], [4, "PIs4DP_1lzgP-4VodMQiPQ", null], [4, "hEd_07e2rE8czZJB4-0LdA", null], [4, "HqYP8RdnZGwdW5sp4reA8Q", null], [4, "-HIn_Jy4dLBb21vySo5THQ", null], [4, "eDYbndh9kascbxbbyTk5eA", null], [4, "l8_Z5VFStnIvM31BEVfMLA", null], [4, "nTSTsAMf79gySdw5PsPdKg", null], [4, "MtZZZ4N4ETjk5GpjxbtnIA", null], [4, "W7VGM_NHFg6LPBYFdJSUWg", null], [4, "DspKzLu6j2_ExEsMcOU8Kg", null], [4, "dGhz3SwaXhzywy0PnfhX_Q", null], [4, "yNAaLXKfGAzTkv5woy0o5w", null], [4, "_wka0Rbyzsl1Pk8O6yBQow", null], [4, "0SS-jNMvCnT1F6SXrwxsmw", null], [4, "gbAsqTS9pADxeu7_B1yT5A", null], [4, "jrGr1q9yMWMSG2PQqqhHGw", null], [4, "H3Xx6n_LUixdNwxQVUg4gg", null], [4, "OugggPmDIsRExt1ekdanKQ", null], [4, "istQGpDfpmLTrNp1lNInqA", null], [4, "0kF6eLqvEfgSBJT3tHS7lg", null], [4, "_hbfWahKWnv5QO8T-0vj7w", null], [4, "zI3e2wXoMeIeocH9zhOiQg", null], [4, "tKSnHI4z7sxguA76mS5X9A", null], [4, "ju861lf9bOjfkFHQzri50w", null], [4, "JE90DTX0Ql7quq9EwGCgVg", null], [4, "9onX8iZZPOlAJxt_7m0b5A", null], [4, "6QPn0o7mBUOr0M0_6dp3ag", null], [4, "4IwGbi-gRK1DUVZM1qGXOA", null], [4, "6DbA3Rh7S21mHrNlUkr6yA", null], [4, "z3VZmflJDeHln0MbBKhS-Q", null], [4, "DfJ1A486p9DrIC_Sjqjjiw", null], [4, "JeYBrIWYJ1sKK8_Mq5Y51A", null], [4, "45zfwjhIGBNkJMJY6kEKnA", null], [4, "K9Je5a_-TO3RIhlh0hzkIg", null], [4, "MhZWXbDuzNktmWZBy9aiGg", null], [4, "8IeWHbDa1J9F8On8HHvJtg", null], [4, "o90KYzRl1ir7L1q7AOnK2g", null], [4, "bAbqezKMpU5Gv6XXk4pXnw", null], [4, "cOlxAfds6uwuksZzVStPag", null], [4, "BbEXSmSIB1hNKtHH_Mwr_w", null], [4, "9Mw47SnpJphhHoHCkC5pPg", null], [4, "HRzl9i9MzN_QJ79JbKjFGg", null], [4, "zkbW_MXWeLHE98GkA9SaCQ", null], [4, "JaK5MDpSz2DbaDuzsdKfsg", null], [4, "EY2bNo5cPBYk2AgCJERvkg", null], [4, "U5ObJT8gChRXZWZ0foEXtg", null], [4, "HYjGhPDj9MopNHa02YbM4Q", null], [4, "JjNfYcag20B-AA2nKsIkIQ", null], [4, "8Sp_31l_UofnjpayU-XaHQ", null], [4, "lOalrHFBIO0_Ryz-B74Lfw", null], [4, "XycelAcm6Ic-xw9mjlHeoQ", null], [4, "32aYkta7-9o1HElNALNlsA", null], [4, "xv--m11UNvdv7--kEeJHTg", null], [4, "4qPLK_6B98iIy19FqRAm1A", null], [4, "1q4UgVJGxTAdAtuiLLzJLQ", null], [4, "FYkj36U7Q-ODQIBLCgB4YQ", null], [4, "bvy6-3nCEOwG7thARKdVAg", null], [4, "_o6R_X1EhRSf_h7pOjm2gw", null], [4, "XVi-BZ6S9-xa41w0aGS9PQ", null], [4, "P9-2br5Z-y52UnWHBFgEAg", null], [4, "xmeBhqVK2Ph8IDM1NPTXhg", null], [4, "j0bBE6vVpEf2UBehGTN2hw", null], [4, "_l3S-mpBhd3obBAyYP4wBA", null], [4, "5sp8_vK6YxZPfCKJjgImKQ", null], [4, "tDOHGFYz20ZCMtAU9Pf2Vg", null], [4, "adapfXkH7ph23pP3S9aMLw", null], [4, "GOi37RUwruXPLx5C6BML8w", null], [4, "fZK4NK18k-HCVCIao7bhGw", null], [4, "MOMEwH0u9DZsni57B4zuSw", null], [4, "UC2vYlKLgqC1X6pdbn24Fw", null], [4, "ykIIhMbUtkRfd0yMu6s53A", null], [4, "0sXwiiYkN3QCiBEW7JafMw", null], [4, "p2-ywOOjCG0T-3dTPIVK9A", null], [4, "7sdK2AsLdvS2DsJaTUleEg", null], [4, "Fm-GDg3rOKKETW_nzHua5A", null], [4, "A75fyEkrSljz9pXNY6wEBA", null], [4, "ToibitTvNQpYyYx0EbCxZA", null], [4, "L_umMPHhoyVQXpAAo0jbDA", null], [4, "1C2UoofRIaGp46FuRXNoQg", null], [4, "PzjSkfEj3KGlja4w56O34w", null], [4, "yiWFA_UvhnIV79adZZmxTA", null], [4, "fRkFY8VT7y58uRpiqimRkQ", null], [4, "34K8RXBrsMkqa6COa20Jvg", null], [4, "dj3GC3FGed6Z1GLPbLgZqg", null], [4, "lVVxZhg5XAGXtqNFa-K_hA", null], [4, "jho05dOI_LhjcwzaPEWi0A", null], [4, "HQJEdzX3HII6Xln7NYWjeg", null], [4, "MlIqDRgGlp2rHC5t_AmwTg", null], [4, "1XXuMYZs4htQzbUU-8YDwg", null], [4, "BnDj2S_nwnwjtcQDRLVZvg", null], [4, "b2ebnX1MdVTgolkt77CPcQ", null], [4, "6-7Phvxhg1zexGVNe6Nn4Q", null], [4, "s1h2IAm8BeJbpI4xjUNtew", null], [4, "i7GVv_by-b1RIywPmpeesQ", 54], [4, "uO9EOAW_rglgVF61y_5t-w", 54], [4, "N9FDcwuOBCv1Ag3XGpSouw", 54], [4, "J8jc5Eizelzhwa_itKJRVQ", 54], [4, "7IVu-NXNc_99qLcPkS2Wkg", 54], [4, "5gIgm118YhcUZWUT6R8T-A", 54], [4, "ohAEggmoU3ZhQDyEqLYSuA", 54], [4, "1wb4Qb9f-p3D-nJAsn37JQ", 54], [4, "MdEjNOvjWJ2oqA_HnD6WWw", 54], [4, "d63Xt5YPpZBIgmKsmJe2Kw", 54], [4, "AVd0E-OSWUJgmGNZxbTpSA", 54], [4, "aaYs_ugo0-rE2Jekes1PJw", 54], [4, "hqgOWukC9coe3MdgfHtH5g", 54], [4, "lC_3nvwkHgl9SaTnumhP5Q", 54], [4, "8J4ws1nJGtKw46PngBvB5Q", 54], [4, "jqSHJnHvTP87q07Xqkq4hw", 54], [4, "CM0EMtiTFw4j1NzQxpRTyw", 54], [4, "2kAJ9mm4Al1aohWUTUDcqg", 54], [4, "Kw6HSHOqXdoXzsBxP0DZdg", 54], [4, "N8vCakI4PYadSyZglAue3g", 54], [4, "vsNrPrPYvOixxj2XfCNw9Q", 54], [4, "fmv6AAuHWKa0I4MMT8Xplg", 54], [4, "qcXvogaHuZAMeRruhud9zA", 54], [4, "dt78D7-pSQYcQROMuWJBgg", 54], [4, "obEfxuuhedE42kn3VCgWKQ", 54], [4, "xwEtQCeiwq1ObMKgN1IO3Q", 54], [4, "-K3BgHsVpuWCJiMOUlK5rQ", 54], [4, "FyYpHRmq8V64-ccJb1xKvA", 54], [4, "CA9Fxdtn7hHHONmHlgj94w", 54], [4, "GCyDjTf58plnO8qo6b6WOQ", 54], [4, "Z34nYlHQJr3U4b6vQP6pgg", 54], [4, "tjM7g7QJFtQei9rjdqTXsg", 54], [4, "EEES3vPUCYdkw9R7XBnMbw", 54], [4, "cEZnl5d77T5ZKqn0YrOzBw", 54], [4, "0ySTAXtcy3R3cl-oX6_DPw", 54], [4, "Wfc5NDlM_c1-80jZfNU7nQ", 54], [4, "u5_s-NxoE3NFjj3b2bBe-w", 54], [4, "13t_6GxB0VEg5nKNYquf5w", 54], [4, "Yr68hxfHu59VaXTFbCxCXA", 54], [4, "Gs5fDor8nfIMVjVNC-KINw", 54], [4, "qy9oH1W_qqxeSHvKvn32tA", 54], [4, "4trF-agl_pTto5LshPj21A", 54], [4, "Le4lbZAwgANAO_w7UeRSvA", 54], [4, "2bKb_f5V2rUmZGjUKyrmEw", 54], [4, "lp0OiZzv3GDV1bfHKH50Xg", 54], [4, "yY73i5xt1Rxs6WfGJIaKgg", 54], [4, "duXoaTav7BBz68kEV2OJVA", 54], [4, "zO74ge-OUMme06wJwz1EFQ", 54], [4, "ExSYAgIYB2g9fkczEALd1A", 54], [4, "E9OmDrvv38uWWE5AOkepjQ", 54], [4, "DsMztNpscnjGh8ACsAmS4Q", 54], [4, "inUbz3Jv4HYfiLRkWOCmAg", 54], [4, "yxmwgT7OvOBCOzuQG9j3TA", 54], [4, "zM-gcCWeg53xH_BagYoJmw", 54], [4, "PFSWpnZA3Xl5p4QYsxv1-w", 54], [4, "1SbptbQzwIyGyACQPOSzJA", 54], [4, "TmQeNesYZyNnKgJnva_nqA", 54], [4, "rY_kCmUFx3nwhHenJKOrxA", 54], [4, "CG-s1H7UvsEELbv3DsoOjA", 54], [4, "N12db-eTgXvL6DC_Urf3Pg", 54], [4, "D0R3PXXOmeB6SKtuHmUYLQ", 54], [4, "R26Obnwr7e23wquoht_wVg", 54], [4, "9SfVn3KFNFwZojuX98a3Zw", 54], [4, "dUF9QogCjaJEEq0E3NY5nQ", 54], [4, "P9S6KvGOD3noht2vy9ZdHg", 54], [4, "omaOFO58h0vON01FU1fe8Q", 54], [4, "VO87TNGAgcepEdQHk6YNyg", 54], [4, "-3OK-J9wW5OPvCIG15h_Jg", 54], [4, "4FZMUsXxuCVrNsYVSC6dDw", 54], [4, "r4k4d21B8kKzj8cJRKcAAw", 54], [4, "N6jyZXEPyNfpOY803thqYQ", 54], [4, "Rh-wTg1sEWA4EraZl5pvCA", 54], [4, "l34_tx89dZtByPHRwLobwg", 54], [4, "WryW5cSI9Ssv-Zl3KSsxdA", 54], [4, "_LkgPKwwSRIcVAFesSOpnQ", 54], [4, "J03dWcLeO2Qe5Q3yZA9sJw", 54], [4, "eUHx1xz2HaVLeE6hQ_8JIg", 54], [4, "AMgmfgj9QfGdVgRSsJd9_A", 54], [4, "SHoPwGhcTgME7DFaSQbb2Q", 54], [4, "5LC-jGdASBlIi505NYFNKw", 54], [4, "bjo72VkdpMxcFWjVUWt-mA", 54], [4, "Q4jfmw_2a0wyRcnWQYrWow", 54], [4, "mInh1oDO4q_NLdIMB9EAPw", 54], [4, "Gslks2m-GyF2PHl2QcLmFA", 54], [4, "jbIf6taSL2Wk5YGwe5xIwQ", 54], [4, "4098tK2m3PQu5JHIF0Ii8A", 54], [4, "0u3alX-H5NAz6oCAez2Cew", 54], [4, "uS56xScDcGf3whAgHU0dqg", 54], [4, "hmlF6Lxp5dp9matRxBhJ9Q", 54], [4, "9pzwUTx49BJsJ0k2nwBMcQ", 54], [4, "6uNQ3t4dC3b74iDq9z9VDg", 54], [4, "WMQKfqNpxZovFfzkoCJQtA", 54], [4, "aX1AwoM5HnP8ajwvMPwgAg", 54], [4, "eT-I8akLsAxBZI3pzGtgzw", 54], [4, "zrcEs5QfrDABgoZWcCoLyA", 54], [4, "uKqhuD2M3LHjeXuJPtl4uQ", 54], [4, "QdakkFzETBtksp2aUed37g", 54], [4, "0MjvVeSvp3c3wuGzM75MsQ", 54], [4, "dBRPZeMZ3ybxTbzz_f2Jnw", 54], [4, "hMIRjKVgo2cxHCFTwIrpeA", 54], [4, "QaPpYzkrS0Zu-7cJgdR26g", 54], [4, "n5UhvQCpV7B2wfakXMNL4Q", 54], [4, "kMFXg3rl2d08Fh9botF5Ug", 54], [4, "bEf0t8DWbgDlvIC1C5MrXw", 54], [4, "VUgY3WOAJ086MSo7dVzDQg", 54], [4, "FnUxuXxUu3U0WxEaukQeBQ", 54], [4, "5sDgb6Hg9LKxUmp2WDiJyQ", 54], [4, "W3DOFBSwjGm0MHlYkTGJTQ", 54], [4, "ZgfYoVCT8zB8jf1zPjX9RA", 54], [4, "YU1IEogTq2zg3DA9DrCZXA", 54], [4, "wH5Rr_HjuJPgA_PuLjxoiw", 54], [4, "QHNypzeK5wVC6uQFs8Mfsw", 54], [4, "lL6mjMI8mHKsKKh1IEeZKw", 54], [4, "DPdhtwi41DRiLKkfdtNUdg", 54], [4, "VrIw5bgXyk4Z1r0vWQop7A", 54], [4, "Q311cgSGGbd9XU9AKw5eAA", 54], [4, "wXJAvAco1tx5076WScqcuQ", 54], [4, "sVhdlX-gaUEjUKoJ34hrww", 54], [4, "FmxKt6PffuA6TBVUuPmJsA", 54], [4, "iUKHbQJPdOvszqNEUsyzMA", 54], [4, "X73OjCxExSRzV8nm1jbX3g", 54], [4, "UpqdukSi--j4D1ydtbVqWg", 54], [4, "hAvmWLnZRkYjFgNMFr0jDQ", 54], [4, "IQr0DCoeUz1Nh1QS1HDLMw", 54], [4, "nX4johb5ob-534_2JoMAXg", 54], [4, "ZuDyrnFFonIyPT9oF1kmfQ", 54], [4, "yTDnDS7kFqYaOdGq1ugKQw", 54], [4, "GxAcgpDwwaHw0ZiK3dY1yg", 54], [4, "ndDSRq33uHP_-djIkRhUKw", 54], [4, "P1oUYC0J6QD3AFK8crtzuQ", 54], [4, "3IZmFWzAoFvpk9M0IPlRpA", 54], [4, "aLp7uo8MuDgHW_gASR6rlA", 54], [4, "Odn85weWUOXtfg3hkFPBxw", 54], [4, "y5OaFi6JD8rb7ZUniEEygA", 54], [4, "cpVcaD5LHsvBDncvgWrr0A", 54], [4, "mNZ01U4lXGIpcURJNtKlNA", 54], [4, "FQGwQBT8QCFQL6EzL9MQkw", 54], [4, "PIs4DP_1lzgP-4VodMQiPQ", 54], [4, "hEd_07e2rE8czZJB4-0LdA", 54], [4, "HqYP8RdnZGwdW5sp4reA8Q", 54], [4, "-HIn_Jy4dLBb21vySo5THQ", 54], [4, "eDYbndh9kascbxbbyTk5eA", 54], [4, "l8_Z5VFStnIvM31BEVfMLA", 54], [4, "nTSTsAMf79gySdw5PsPdKg", 54], [4, "MtZZZ4N4ETjk5GpjxbtnIA", 54], [4, "W7VGM_NHFg6LPBYFdJSUWg", 54], [4, "DspKzLu6j2_ExEsMcOU8Kg", 54], [4, "dGhz3SwaXhzywy0PnfhX_Q", 54], [4, "yNAaLXKfGAzTkv5woy0o5w", 54], [4, "_wka0Rbyzsl1Pk8O6yBQow", 54], [4, "0SS-jNMvCnT1F6SXrwxsmw", 54], [4, "gbAsqTS9pADxeu7_B1yT5A", 54], [4, "jrGr1q9yMWMSG2PQqqhHGw", 54], [4, "H3Xx6n_LUixdNwxQVUg4gg", 54], [4, "OugggPmDIsRExt1ekdanKQ", 54], [4, "istQGpDfpmLTrNp1lNInqA", 54], [4, "0kF6eLqvEfgSBJT3tHS7lg", 54], [4, "_hbfWahKWnv5QO8T-0vj7w", 54], [4, "zI3e2wXoMeIeocH9zhOiQg", 54], [4, "tKSnHI4z7sxguA76mS5X9A", 54], [4, "ju861lf9bOjfkFHQzri50w", 54], [4, "JE90DTX0Ql7quq9EwGCgVg", 54], [4, "9onX8iZZPOlAJxt_7m0b5A", 54], [4, "6QPn0o7mBUOr0M0_6dp3ag", 54], [4, "4IwGbi-gRK1DUVZM1qGXOA", 54], [4, "6DbA3Rh7S21mHrNlUkr6yA", 54], [4, "z3VZmflJDeHln0MbBKhS-Q", 54], [4, "DfJ1A486p9DrIC_Sjqjjiw", 54], [4, "JeYBrIWYJ1sKK8_Mq5Y51A", 54], [4, "45zfwjhIGBNkJMJY6kEKnA", 54], [4, "K9Je5a_-TO3RIhlh0hzkIg", 54], [4, "MhZWXbDuzNktmWZBy9aiGg", 54], [4, "8IeWHbDa1J9F8On8HHvJtg", 54], [4, "o90KYzRl1ir7L1q7AOnK2g", 54], [4, "bAbqezKMpU5Gv6XXk4pXnw", 54], [4, "cOlxAfds6uwuksZzVStPag", 54], [4, "BbEXSmSIB1hNKtHH_Mwr_w", 54], [4, "9Mw47SnpJphhHoHCkC5pPg", 54], [4, "HRzl9i9MzN_QJ79JbKjFGg", 54], [4, "zkbW_MXWeLHE98GkA9SaCQ", 54], [4, "JaK5MDpSz2DbaDuzsdKfsg", 54], [4, "EY2bNo5cPBYk2AgCJERvkg", 54], [4, "U5ObJT8gChRXZWZ0foEXtg", 54], [4, "HYjGhPDj9MopNHa02YbM4Q", 54], [4, "JjNfYcag20B-AA2nKsIkIQ", 54], [4, "8Sp_31l_UofnjpayU-XaHQ", 54], [4, "lOalrHFBIO0_Ryz-B74Lfw", 54], [4, "XycelAcm6Ic-xw9mjlHeoQ", 54], [4, "32aYkta7-9o1HElNALNlsA", 54], [4, "xv--m11UNvdv7--kEeJHTg", 54], [4, "4qPLK_6B98iIy19FqRAm1A", 54], [4, "1q4UgVJGxTAdAtuiLLzJLQ", 54], [4, "FYkj36U7Q-ODQIBLCgB4YQ", 54], [4, "bvy6-3nCEOwG7thARKdVAg", 54], [4, "_o6R_X1EhRSf_h7pOjm2gw", 54], [4, "XVi-BZ6S9-xa41w0aGS9PQ", 54], [4, "P9-2br5Z-y52UnWHBFgEAg", 54], [4, "xmeBhqVK2Ph8IDM1NPTXhg", 54], [4, "j0bBE6vVpEf2UBehGTN2hw", 54], [4, "_l3S-mpBhd3obBAyYP4wBA", 54], [4, "5sp8_vK6YxZPfCKJjgImKQ", 54], [4, "tDOHGFYz20ZCMtAU9Pf2Vg", 54], [4, "adapfXkH7ph23pP3S9aMLw", 54], [4, "GOi37RUwruXPLx5C6BML8w", 54], [4, "fZK4NK18k-HCVCIao7bhGw", 54], [4, "MOMEwH0u9DZsni57B4zuSw", 54], [4, "UC2vYlKLgqC1X6pdbn24Fw", 54], [4, "ykIIhMbUtkRfd0yMu6s53A", 54], [4, "0sXwiiYkN3QCiBEW7JafMw", 54], [4, "p2-ywOOjCG0T-3dTPIVK9A", 54], [4, "7sdK2AsLdvS2DsJaTUleEg", 54], [4, "Fm-GDg3rOKKETW_nzHua5A", 54], [4, "A75fyEkrSljz9pXNY6wEBA", 54], [4, "ToibitTvNQpYyYx0EbCxZA", 54], [4, "L_umMPHhoyVQXpAAo0jbDA", 54], [4, "1C2UoofRIaGp46FuRXNoQg", 54], [4, "PzjSkfEj3KGlja4w56O34w", 54], [4, "yiWFA_UvhnIV79adZZmxTA", 54], [4, "fRkFY8VT7y58uRpiqimRkQ", 54], [4, "34K8RXBrsMkqa6COa20Jvg", 54], [4, "dj3GC3FGed6Z1GLPbLgZqg", 54], [4, "lVVxZhg5XAGXtqNFa-K_hA", 54], [4, "jho05dOI_LhjcwzaPEWi0A", 54], [4, "HQJEdzX3HII6Xln7NYWjeg", 54], [4, "MlIqDRgGlp2rHC5t_AmwTg", 54], [4, "1XXuMYZs4htQzbUU-8YDwg", 54], [4, "BnDj2S_nwnwjtcQDRLVZvg", 54], [4, "b2ebnX1MdVTgolkt77CPcQ", 54], [4, "6-7Phvxhg1zexGVNe6Nn4Q", 54], [3, "0TrIt2lluK-SnaMy5XYFxw", 55], [3, "e096yrLdClJn9i7lfAsYew", 55], [3, "VoouMuEAZDeiB0d33ftE8g", 55], [3, "MlRw7j9HUaleLENFOFrFBg", 55], [3, "_MCmIlWpvrD0HLsHxnklbg", 55], [3, "3S1URnl-8730ddWMTgp1sg", 55], [3, "mzmoC16bxzILVaszU4WOpg", 55], [3, "d645sWHMfivkg9fQbOdGYw", 55], [3, "EcUnA0ekEHjOInEuR3VSwQ", 55], [3, "ru2raWujQgQNFd9HaXhCvQ", 55], [3, "ic5QtenTdn1C1adrJSIDpA", 55], [3, "6rwOfFoUwcklfBy0IiESTg", 55], [3, "oJTSSc5skmsO-t5b_lkeiA", 55], [3, "vGUUSdxeuIIOLTSf74V53Q", 55], [3, "7k_sQTqtk3snSx-EH0G35Q", 55], [3, "BV3y0CSYjqE90Hskda73mA", 55], [3, "gA1yrd4_jSd7Ff7pKZHrIQ", 55], [3, "35A5u3vV_IG6ofEFEcQ_Pg", 55], [3, "C-5Gbnf27S5VUTqOg0nR7w", 55], [3, "5nNqZkeQi_1i8lfL2NJx9w", 55], [3, "oRoOcWuzVBvfcmlGKgcVkw", 55], [3, "2LMjpkiBeTL91zCSqYG_HA", 55], [3, "DX-uIIC22tGcolRMCTMK3A", 55], [3, "nskF4Gr1bV1ytHHl5zqwwg", 55], [3, "ekFmwdgaPyxpr1PWPINK5w", 55], [3, "qi6rLw0wAMksCzN1dV3MjA", 55], [3, "LiAYh20ndJZHQKUVPF1Q0A", 55], [3, "5wK-MMYWBhzx8mI6VfbIhA", 55], [3, "6IKhXtnHs27_gyx6y0zqLg", 55], [3, "P0MZlSMpYos9DrAu-aOT_w", 55], [3, "uPBdO5nTc2U2fn76SeH2Pg", 55], [3, "mHe9152Xat0d4pIT8qGcAA", 55], [3, "wGBWNpD72JnCeVTrMLO8CA", 55], [3, "bweXQ3sIcAa_qBE8pE5MLA", 55], [3, "YoRUWiexnIRMqENK-OK5Xw", 55], [3, "l484zpjE4JxLX741-p6Lhg", 55], [3, "pdDSpC5F7rB5swiUBpP7_A", 55], [3, "VqXRrsABCAFXSPxJSj104A", 55], [3, "W4eBMCmTpmk9Pc5mJB-nYQ", 55], [3, "zYPTcBoAmKKSbUG1GcXcBg", 55], [3, "AMgozNnTP8FZ2MF2hWamWg", 55], [3, "A_iGJjLbgLqUhe4QvSn_pw", 55], [3, "sGLTQbt3Sl0R9JopM92PQw", 55], [3, "UVZT6wrePiefz3LoplPbDA", 55], [3, "s_PcB3ZzGL_hLMqb0kAjOQ", 55], [3, "xCDKODofdlQFWpmnLDnLeg", 55], [3, "cbd2oMZPi2h5u7t67SED2A", 55], [3, "0Yt_G0pnDF7EO3cvYmD5lA", 55], [3, "bNT9hC-GH0ghNdQAKybdhw", 55], [3, "EYvd8_qtPnZ0gcPNi5S8Fg", 55], [3, "A-lgbQaIRrw7Wm1RS6kesg", 55], [3, "djkyux2HXRvEJbib9FK01A", 55], [3, "yJJUwNa2O9r7qAzCOv5Qww", 55], [3, "MU8kKqa9Dts17xTjNDOizw", 55], [3, "9V0d7PeWjr8n8z26fWdxFQ", 55], [3, "4Ack8aidXCdD_1AB8nqQmQ", 55], [3, "MwlYNAVqO4WZHFM13Nz-Sw", 55], [3, "RNihRArof0ESGb3bHQixOw", 55], [3, "2_CHVGf0OE8lSh4TLMyZbA", 55], [3, "nJgzjrSWL94LHU8UV3RbAQ", 55], [3, "-jGoSCzx34LwHZSUD44SYQ", 55], [3, "JL-pKt7x3XtFbJEjI4WqKw", 55], [3, "kuE1QIt6rG7QaG-kgjrC5A", 55], [3, "azw_8LGQ2RhMB7aASMrwkg", 55], [3, "wE1oK4g2Q1GO0vNS5j5Niw", 55], [3, "3V2DXXl1WB49k-98qj9WGg", 55], [3, "HIGX1OhOXPP1-ZyxE4b6dQ", 55], [3, "fHAOKhF1Yv2IRN4kgXhIWg", 55], [3, "BwISaRZNPbGOHPwpxhnZ2A", 55], [3, "2Z754mXlXZC5aiWnZb4crQ", 55], [3, "pf_g3_7I4wsfXjQ6BRaP_A", 55], [3, "xE_vnXNRVojrsBRHh9pKoQ", 55], [3, "_IV5IjnKoX8aV1FdunLIAQ", 55], [3, "8Fva8yLmsMhf_3wbO1fhkQ", 55], [3, "XpeU0kpHqmyp4m3DkwbbpA", 55], [3, "bl-7mFxuZ4Gx71HtTqA4Vw", 55], [3, "xg50XEX7BJA0R-SYFuYV2w", 55], [3, "GN-wXYpoka5FIxo7-xGWjQ", 55], [3, "_Tgrw-k48IIHcUEN1jyZ8g", 55], [3, "qv56sP_0Nvz4DHZjGZjh6Q", 55], [3, "XQU_BV6uzUCVVHXTPbrpyw", 55], [3, "bqdIjcJV5hMJEwaODXR8lw", 55], [3, "PqtlqxQTFWZ1BXtYeIoTkQ", 55], [3, "QkcjKBsvKP9LmdxMyFMsCg", 55], [3, "Lk7EGb4r9RpNWdxJfmwKyA", 55], [3, "GH-7DlO6ogvCIAwblQJD6w", 55], [3, "hkycdUJ54LZOIUJ7H-aJCA", 55], [3, "rIQtwtULIZ9y6bTwoiKGpw", 55], [3, "rDZszZDrUqUXIH4drkTQNg", 55], [3, "JVz-PeK8WnQy-k-JwmDnIA", 55], [3, "aaI4C_BKaqMQLjM4pd3rWA", 55], [3, "Cy7AMPZbq0E771kdoV7lCQ", 55], [3, "ZL55FtPn8h3uFIuUq8bT_g", 55], [3, "9aCI0qqE76WZRrWsIrDD3w", 55], [3, "wQHjZkZOc1GqXY5l5leqPA", 55], [3, "q60dLxmu7krF91w5eS9mgQ", 55], [3, "Ok3fh1TCT4ax7yXkeYBiWA", 55], [3, "akFLXyjz2X4EJwa_pGHQnw", 55], [3, "TmD7UGxFMCCYdRhruaJZrA", 55], [3, "1NucB-tYLWugK43HaUrv2Q", 55], [3, "ZAyRadlPAvF2IIsvpDFOmw", 55], [3, "SB9fNesKzftPOpedhaSnFg", 55], [3, "IufcdcorjOBbht5abar0Eg", 55], [3, "h83-4eN8B0_Prer-hZxh5w", 55], [3, "u67vkz2uuUuiQ89kLtqbXw", 55], [3, "G-OOrhPPpIugrLjAIoRgSA", 55], [3, "3kmGM3pzfPuDUgquEU1nKw", 55], [3, "xuxg1SWs4sQtRc2EcjdCrw", 55], [3, "9D289PsK1J416A1qdSsdsg", 55], [3, "cK2u3ajkgMwDcVsnaKnzbg", 55], [3, "KAurHTDqxco5XLLO-CEjUQ", 55], [3, "uhXx7AcHYcZMWtT7T1JObw", 55], [3, "-icUtey1OXPL7z0M8cgS2w", 55], [3, "Vc5Ef-ix7lnZWfS0U1_L4A", 55], [3, "vRzh_eE7zHjVUnf3mG3rfA", 55], [3, "wBpT9b0Twvi1L0Nl3rN_AQ", 55], [3, "r9LAJZSJMdBPuMjXJDsAvQ", 55], [3, "2WhqIPzTF-PyspG4TMwBkQ", 55], [3, "LOhh0eGT1w1KgyYNrJiMOw", 55], [3, "cn4jNGiEaX6mko6epIbBcg", 55], [3, "DpkRd88qid1aIj8KtQuc2Q", 55], [3, "YkC5Yzi44sJxwi6EY-B6Kg", 55], [3, "_aTw37hL2CmgqbuZsAazSg", 55], [3, "hxrZUkRB9gSyxXndxNyRXA", 55], [3, "RxJwo-y9RkK0E_DMViZAhQ", 55], [3, "_nbfqdfiZfun7dKIgTry2Q", 55], [3, "HwBuOa9tEgsMMCwqvPxydA", 55], [3, "le79EqGrVGgoGNXSy9s-hA", 55], [3, "O-Dc_ZZeaxo_gOojTQNBfA", 55], [3, "YTywmZ-ooKySJhMddYbpRA", 55], [3, "IKqNqh_g2IuOQ8V8246sPQ", 55], [3, "ijRWvgpd0wRIb35LjDDNxw", 55], [3, "wYVHpqcTd-yzs23m2N6bDw", 55], [3, "CjLXUs_aTxXsQZDW6ANucQ", 55], [3, "Eb1Symc1p3Yg2lTAPzDmWA", 55], [3, "0o_S1BRby8E5NaUX2ehqvA", 55], [3, "yl_xqZFszCH4b-cSpa453A", 55], [3, "gCxrAsejQ3qhfu5OsmeFtA", 55], [3, "y3OZfNaq4ajcMhv-c92mAw", 55], [3, "ObmCww1U9qWcNtXBNgAaxA", 55], [3, "F_JwWPnUpOcilxlC6IO7Kg", 55], [3, "QbbNlrZJ0qEMV9onetdCkQ", 55], [3, "ysaiyFCOIAsuMMl80L9UJg", 55], [3, "MOonKX19mgAhhe7wVC3x_Q", 55], [3, "bJt0YjrT6GLM-2EMsG5bTw", 55], [3, "sLvet5P8FsQxQFhucvyL0A", 55], [3, "FdxItG45DwWh_6_GXLzVYg", 55], [3, "wHQn0g-j7vFRvLr7EN9zqQ", 55], [3, "cCoTqU9c95YdTo_uTfc-lQ", 55], [3, "xcyMbzDV7MTIJeIOWm9fxQ", 55], [3, "R1WSwDwD4RDp0gML2y3NIA", 55], [3, "vdHIfQksbcYUhjbEmqiSfQ", 55], [3, "Up4ftDr_2U689U5Q4UsqsQ", 55], [3, "YrFyT1XrN6Rq5OIpq41l4A", 55], [3, "BGRFWHuRcfE6xPfZQuUc-w", 55], [3, "dtXP31j1um4_z9I4K6MWcg", 55], [3, "WRmnkkSQi_g59Rcaq6-ceA", 55], [3, "7pVxGbMwoqwCPSxX2DH3vw", 55], [3, "QvsUWHoihzsAxxExCfvUDQ", 55], [3, "-Sj4F6SvHaZKGcEXVZmtDQ", 55], [3, "JTLNx_sN68qC-mkDXYN6dQ", 55], [3, "EZbWpXREYZ-YRzT-eGujgA", 55], [3, "vQqj1NfhFnnPnDQrHlX6Jw", 55], [3, "coVSvT9inSrIOEh3vDhRjQ", 55], [3, "0V4nTjrNykxiRI3hQJYqhg", 55], [3, "oq_2USM_x1TpqfdXbLae9Q", 55], [3, "hC6JA_eY4mVfizR2AX6ISg", 55], [3, "5Tdlpiez9MuXD8HfFi4ToQ", 55], [3, "0fGASmqNCY6DDSm9m8WzQQ", 55], [3, "75n7Zz_EXJ-RlKe2ubzUzA", 55], [3, "7Ve7oUPvNUJnHVvOCa2S0Q", 55], [3, "YIoy8neCb-ijv0JwLt6dPA", 55], [3, "SfTQ_Xps7Y3DYECOzPN9kw", 55], [3, "tw7h7ttMStMAxg8ve4xTaQ", 55], [3, "eCMcPOZFscjSnXWzGtnFMg", 55], [3, "8sCYtofS1iPeFmlt6xFIBQ", 55], [3, "6Aza39TQ9EJG_cufnHy-bA", 55], [3, "wbUQnAm862mUQ3D8Txjs1w", 55], [3, "xt9-Jaup9yAyW76901IHww", 55], [3, "IUeKBv5uv0hr2Y-8uG3mqw", 55], [3, "2kdKFJmRvHhF1XwAeXv6kA", 55], [3, "M8BuTfBXtKw5gNY7DRxqeA", 55], [3, "EUHiCLSQCUtUtaLWsA6oCw", 55], [3, "I2Sp1MYsUyGkDeB_sB0bww", 55], [3, "3SgFj95CML_Gz--8moFAcQ", 55], [3, "2Dqd7rpO6FsWFEy-WYP9Mw", 55], [3, "RuUDnEsQjS_3GhCZ1lLLqw", 55], [3, "vWBRkRjlDHSCc2bLsalXtg", 55], [3, "Ux4QfLL9Um9Rsh2ISq9ujw", 55], [3, "TSI4ljg8UtaAwNB4jndwgw", 55], [3, "xKJEIhqQy93HtN4BpLq2wQ", 55], [3, "Q-CEoruWKMrERGp7qquIiQ", 55], [3, "Rp4PIcL1hICaE7xoXRErXA", 55], [3, "I2UncNtGV2kd6zeYma7XgQ", 55], [3, "qDAb5LIOAo-7AGJhMQs0pw", 55], [3, "sgtWV54MilZSSyGSP1Jnfw", 55], [3, "qI_nTdE0uKv1x1IoFen5Wg", 55], [3, "Up9E7v_vjLiyuia3uED-3Q", 55], [3, "S6Imk9CruqEfJl9Cx7kjwg", 55], [3, "v0VWmghBK_B2Z81LOxk2hw", 55], [3, "H3JMyiWbqUJAb5ucI-p21w", 55], [3, "QEHGrnBDNA4Qm5c7u3qaeA", 55], [3, "F7QQqRXs07SXG_YMI8pxaw", 55], [3, "j__3nTqQRKvbY7NaiY-L2g", 55], [3, "igWqdBO8oDu6Zfix59x__Q", 55], [3, "SbWLBc8AHwGOu5rGWU8uyA", 55], [3, "zW_3F37HMhLN428QJP6IFw", 55], [3, "VLVN17qPeecDUFLu_3Qa-w", 55], [3, "Akyrx-m5eRhRLCZjJVnbsg", 55], [3, "2EeEWUu4MhOeuOd7VSTLiw", 55], [3, "f35YXv_VZLhzOpap0Ucdig", 55], [3, "UmMWp7GDs1LLPCBnNpaUrw", 55], [3, "ZZHbDCfs5jA_4Eb5XES7rw", 55], [3, "7HYsXyHbZ6llqBYTxt8AxA", 55], [3, "4OGbHw3z8LUSrW344VWpWg", 55], [3, "lHmA1sNqdKJffy7KYaZDqA", 55], [3, "zPrk0lLSWHGWaGazJp2iKQ", 55], [3, "np24isMJcxaHdrhr2dl0YA", 55], [3, "drtzrfVJigYL_wrzkUhZCw", 55], [3, "k4s8eFDPuh8P5RJ1VoYUew", 55], [3, "dKj_8MewxItz5STNre0Z3w", 55], [3, "-sHj5S3t6PU1hGn5mP7KQQ", 55], [3, "EgAhRF74eCt29llGbxjzCg", 55], [3, "rTz9ZCAEgt6TFvJIFNdPgg", 55], [3, "IVLUIg2MJTM466toYRhRwA", 55], [3, "fwIXArNAPsiQ9hJU8G4a0w", 55], [3, "8oxcVCq-fvE_Cn64q7MhSQ", 55], [3, "ZfNu4eQ3ZG6coaDlQ8FbFA", 55], [5, "AyroQ67Iko6-DKaBhbvwiA", null], [5, "5hrlyncXdr8GPdfIfldTzA", null], [5, "uM4JawE9QUk550j-AgCTtA", null], [5, "P2FwXQSn1C_3rp63L9LO1A", null], [5, "zJI0fTloy9NAC3K_QkvXNw", null], [5, "2KKJExy9HLVFjb12F_eGcw", null], [5, "zkxiMoq6TU-VTWLj0_m5Yw", null], [5, "SuVlhCdnAQ9oXvpHeUgQ1Q", null], [5, "MvxvNvTnqgHpo7l0E1DzlA", null], [5, "CRMbL9Oy6Sio__e0U07tPg", null], [5, "11f-sb1suwNl5eQkg2DYWA", null], [5, "ZMcPRdnYV2VFcjjsB7KSiA", null], [5, "4lXf9R7WX2bWt_XOffrdqA", null], [5, "4bzhMjpbR-01OQ8tJFYcYw", null], [5, "RUXph3BRxYhovlYRKhZe5A", null], [5, "T6iLGP7UnlKEu5DtjlseaQ", null], [5, "Gg30RZkMG40BknV3Fkh2sw", null], [5, "BXmXgLZz7iXSl_m_6eZg_A", null], [5, "1QxKrTlA-HQM9y1k0Obh9Q", null], [5, "7yXMdzPncqsg9vacg-bdRg", null], [5, "TaRhZd0UUKaxefTQnGHNYA", null], [5, "NuDFd3y-U_waB_RPOe-nRw", null], [5, "ia5FE6HtD-9CLhaaUK8OKA", null], [5, "d_I_HBbQSnGs9f--t9aOPw", null], [5, "4Q1o22-UTm0TuTjLms-DEA", null], [5, "aRBdJFAtaHvu_Bn8-TtMLw", null], [5, "V2b14u_zr7jTo-Dv26Df5Q", null], [5, "UQAXwupi2nUZ-_Rprad93g", null], [5, "bBjT-tjEkN3XCWqUgiy8qA", null], [5, "xCKAhFMLx3knqpJ2VgaHoA", null], [5, "f7gJW0Uhe3p-zJpyGBD0LA", null], [5, "1_egolmyBDA9NLM364jmAg", null], [5, "cz0PoBNbCqgvh9nX954DhA", null], [5, "ra-iz9PbarJLNINlyICDSg", null], [5, "poJnsdV46PnSyu8z78WYnw", null], [5, "_CVLjtrzj1c2pv08WIE-7Q", null], [5, "hTBBkAeVoy4Eh2u9vxVQCg", null], [5, "81vgIFSLoXAR_Z0X5irdCA", null], [5, "WYEobUYpexQ58_0z7-SGAg", null], [5, "esWPBc_LBUnn61WWE5cxHw", null], [5, "4tPsgNQ5ixJ0HKSVmhm--w", null], [5, "iA89MQBKWdutheo8HW4Hkg", null], [5, "Hclx8gz5CJ0MeFfyUt78Ow", null], [5, "gR8SCKfE_dPwV21C3-TI9g", null], [5, "XXk77MUOMyGPwiGLzeyYcg", null], [5, "qj2HhylkFnNDWVVfejG9sA", null], [5, "HCD7U55SG0quFQwk1syx-g", null], [5, "FRaJzuV88TJWfi6vnufYdw", null], [5, "RzgAejN3oGilYwlgbrebZA", null], [5, "cHE28dSJR900g0TlA-vE8Q", null], [5, "L5n7fJdRES4LTLK-CjVQtA", null], [5, "pGH6ch9A7btKiUsRSLia5g", null], [5, "ZTxT9Y-QA44XbqRk6Fhb3Q", null], [5, "v3SENMYW8nYhkKtNw3VOXw", null], [5, "tioHIb7qpM0jgi6isZSSAQ", null], [5, "2w4-Hgdqy5hXjrmJkaZf-A", null], [5, "tHIjHPUlEtk4IuZjhAF3DQ", null], [5, "e--tWPdDQyFOOfcKYjOAqg", null], [5, "65iouzY6-pi-8Q4sg94OUw", null], [5, "juK9dpF1Rszald_y-ic3Uw", null], [5, "9N1LQfjlxuVZ7DybfViyFw", null], [5, "fLTFyGSQ9btT3GYoWeOfxw", null], [5, "rbeM44WL1lXZ5Dnhy8EyhQ", null], [5, "4fR7BfaCNRbzvZbbHwnqow", null], [5, "LJv79iIYJKjdWviLviw0Dg", null], [5, "7jGmQuGmqf8mSaHNqZ5dcA", null], [5, "hgKRt41Q8PmHvm2yiFjl5A", null], [5, "FCqxvBBQUlXF2MhLXaD_nA", null], [5, "JU0LkbdExwRHFahl4yUUQQ", null], [5, "AyroQ67Iko6-DKaBhbvwiA", 56], [5, "5hrlyncXdr8GPdfIfldTzA", 56], [5, "uM4JawE9QUk550j-AgCTtA", 56], [5, "P2FwXQSn1C_3rp63L9LO1A", 56], [5, "zJI0fTloy9NAC3K_QkvXNw", 56], [5, "2KKJExy9HLVFjb12F_eGcw", 56], [5, "zkxiMoq6TU-VTWLj0_m5Yw", 56], [5, "SuVlhCdnAQ9oXvpHeUgQ1Q", 56], [5, "MvxvNvTnqgHpo7l0E1DzlA", 56], [5, "CRMbL9Oy6Sio__e0U07tPg", 56], [5, "11f-sb1suwNl5eQkg2DYWA", 56], [5, "ZMcPRdnYV2VFcjjsB7KSiA", 56], [5, "4lXf9R7WX2bWt_XOffrdqA", 56], [5, "4bzhMjpbR-01OQ8tJFYcYw", 56], [5, "RUXph3BRxYhovlYRKhZe5A", 56], [5, "T6iLGP7UnlKEu5DtjlseaQ", 56], [5, "Gg30RZkMG40BknV3Fkh2sw", 56], [5, "BXmXgLZz7iXSl_m_6eZg_A", 56], [5, "1QxKrTlA-HQM9y1k0Obh9Q", 56], [5, "7yXMdzPncqsg9vacg-bdRg", 56], [5, "TaRhZd0UUKaxefTQnGHNYA", 56], [5, "NuDFd3y-U_waB_RPOe-nRw", 56], [5, "ia5FE6HtD-9CLhaaUK8OKA", 56], [5, "d_I_HBbQSnGs9f--t9aOPw", 56], [5, "4Q1o22-UTm0TuTjLms-DEA", 56], [5, "aRBdJFAtaHvu_Bn8-TtMLw", 56], [5, "V2b14u_zr7jTo-Dv26Df5Q", 56], [5, "UQAXwupi2nUZ-_Rprad93g", 56], [5, "bBjT-tjEkN3XCWqUgiy8qA", 56], [5, "xCKAhFMLx3knqpJ2VgaHoA", 56], [5, "f7gJW0Uhe3p-zJpyGBD0LA", 56], [5, "1_egolmyBDA9NLM364jmAg", 56], [5, "cz0PoBNbCqgvh9nX954DhA", 56], [5, "ra-iz9PbarJLNINlyICDSg", 56], [5, "poJnsdV46PnSyu8z78WYnw", 56], [5, "_CVLjtrzj1c2pv08WIE-7Q", 56], [5, "hTBBkAeVoy4Eh2u9vxVQCg", 56], [5, "81vgIFSLoXAR_Z0X5irdCA", 56], [5, "WYEobUYpexQ58_0z7-SGAg", 56], [5, "esWPBc_LBUnn61WWE5cxHw", 56], [5, "4tPsgNQ5ixJ0HKSVmhm--w", 56], [5, "iA89MQBKWdutheo8HW4Hkg", 56], [5, "Hclx8gz5CJ0MeFfyUt78Ow", 56], [5, "gR8SCKfE_dPwV21C3-TI9g", 56], [5, "XXk77MUOMyGPwiGLzeyYcg", 56], [5, "qj2HhylkFnNDWVVfejG9sA", 56], [5, "HCD7U55SG0quFQwk1syx-g", 56], [5, "FRaJzuV88TJWfi6vnufYdw", 56], [5, "RzgAejN3oGilYwlgbrebZA", 56], [5, "cHE28dSJR900g0TlA-vE8Q", 56], [5, "L5n7fJdRES4LTLK-CjVQtA", 56], [5, "pGH6ch9A7btKiUsRSLia5g", 56], [5, "ZTxT9Y-QA44XbqRk6Fhb3Q", 56], [5, "v3SENMYW8nYhkKtNw3VOXw", 56], [5, "tioHIb7qpM0jgi6isZSSAQ", 56], [5, "2w4-Hgdqy5hXjrmJkaZf-A", 56], [5, "tHIjHPUlEtk4IuZjhAF3DQ", 56], [5, "e--tWPdDQyFOOfcKYjOAqg", 56], [5, "65iouzY6-pi-8Q4sg94OUw", 56], [5, "juK9dpF1Rszald_y-ic3Uw", 56], [5, "9N1LQfjlxuVZ7DybfViyFw", 56], [5, "fLTFyGSQ9btT3GYoWeOfxw", 56], [5, "rbeM44WL1lXZ5Dnhy8EyhQ", 56], [5, "4fR7BfaCNRbzvZbbHwnqow", 56], [5, "LJv79iIYJKjdWviLviw0Dg", 56], [5, "7jGmQuGmqf8mSaHNqZ5dcA", 56], [5, "hgKRt41Q8PmHvm2yiFjl5A", 56], [5, "FCqxvBBQUlXF2MhLXaD_nA", 56], [5, "JU0LkbdExwRHFahl4yUUQQ", 56], [3, "jBbMwXkO77EMjHkdvE_bVA", 57], [3, "8zpSucn1tIp1nWs4KEsyIQ", 57], [3, "3S1URnl-8730ddWMTgp1sg", 57], [3, "ru2raWujQgQNFd9HaXhCvQ", 57], [3, "BV3y0CSYjqE90Hskda73mA", 57], [3, "nskF4Gr1bV1ytHHl5zqwwg", 57], [3, "qi6rLw0wAMksCzN1dV3MjA", 57], [3, "uPBdO5nTc2U2fn76SeH2Pg", 57], [3, "bweXQ3sIcAa_qBE8pE5MLA", 57], [3, "0oxvWU_XvF9jJohXgOAfDg", 57], [3, "DJD0GKLa6Ga64ntbr8v1wg", 57], [3, "l484zpjE4JxLX741-p6Lhg", 57], [3, "pdDSpC5F7rB5swiUBpP7_A", 57], [3, "W4eBMCmTpmk9Pc5mJB-nYQ", 57], [3, "s_PcB3ZzGL_hLMqb0kAjOQ", 57], [3, "uUKyOGvlRc74MrKj6E0GcA", 57], [3, "dESSp5RcCK6xb_8aPOFPUg", 57], [3, "0Yt_G0pnDF7EO3cvYmD5lA", 57], [3, "yJJUwNa2O9r7qAzCOv5Qww", 57], [3, "HsfHRmAPuJsM85i_5m99CQ", 57], [3, "MwlYNAVqO4WZHFM13Nz-Sw", 57], [3, "JL-pKt7x3XtFbJEjI4WqKw", 57], [3, "kuE1QIt6rG7QaG-kgjrC5A", 57], [3, "HIGX1OhOXPP1-ZyxE4b6dQ", 57], [3, "fuQFvfo2yc8_atH5l75kUg", 57], [3, "bl-7mFxuZ4Gx71HtTqA4Vw", 57], [3, "_Tgrw-k48IIHcUEN1jyZ8g", 57], [3, "XQU_BV6uzUCVVHXTPbrpyw", 57], [3, "RnJwxOs-HRo3QP124KrJNw", 57], [3, "hkycdUJ54LZOIUJ7H-aJCA", 57], [3, "rIQtwtULIZ9y6bTwoiKGpw", 57], [3, "JVz-PeK8WnQy-k-JwmDnIA", 57], [3, "aaI4C_BKaqMQLjM4pd3rWA", 57], [3, "ZL55FtPn8h3uFIuUq8bT_g", 57], [3, "S9D35X3FAxPP5pUgFm696A", 57], [3, "9aCI0qqE76WZRrWsIrDD3w", 57], [3, "ZAyRadlPAvF2IIsvpDFOmw", 57], [3, "G-OOrhPPpIugrLjAIoRgSA", 57], [3, "9D289PsK1J416A1qdSsdsg", 57], [3, "cK2u3ajkgMwDcVsnaKnzbg", 57], [3, "Q6x_JEzatcuP2RZtZZ6ykQ", 57], [3, "YTywmZ-ooKySJhMddYbpRA", 57], [3, "CjLXUs_aTxXsQZDW6ANucQ", 57], [3, "bfBm03h0X6t71ZFUdhdtqw", 57], [3, "6NNNswSIzHGg_stIUAS6kQ", 57], [3, "yl_xqZFszCH4b-cSpa453A", 57], [3, "QbbNlrZJ0qEMV9onetdCkQ", 57], [3, "MOonKX19mgAhhe7wVC3x_Q", 57], [3, "wHQn0g-j7vFRvLr7EN9zqQ", 57], [3, "vdHIfQksbcYUhjbEmqiSfQ", 57], [3, "WRmnkkSQi_g59Rcaq6-ceA", 57], [3, "7pVxGbMwoqwCPSxX2DH3vw", 57], [3, "Yn6zBGTJaBsltonWpCzUOw", 57], [3, "-Sj4F6SvHaZKGcEXVZmtDQ", 57], [3, "47tPgioczxXnQS2SSodxew", 57], [3, "75n7Zz_EXJ-RlKe2ubzUzA", 57], [3, "SfTQ_Xps7Y3DYECOzPN9kw", 57], [3, "8sCYtofS1iPeFmlt6xFIBQ", 57], [3, "2kdKFJmRvHhF1XwAeXv6kA", 57], [3, "TBP-NU3UQvNbCAPFgylzmQ", 57], [3, "vWBRkRjlDHSCc2bLsalXtg", 57], [3, "xKJEIhqQy93HtN4BpLq2wQ", 57], [3, "Rp4PIcL1hICaE7xoXRErXA", 57], [3, "S6Imk9CruqEfJl9Cx7kjwg", 57], [3, "dOxUSFLTNPdf4iKQ_3q9VQ", 57], [3, "7HYsXyHbZ6llqBYTxt8AxA", 57], [3, "zPrk0lLSWHGWaGazJp2iKQ", 57], [3, "-sHj5S3t6PU1hGn5mP7KQQ", 57], [3, "fwIXArNAPsiQ9hJU8G4a0w", 57], [6, "MfFSXwO_1YdwN7-d_SK9bQ", null], [6, "uYDthHeWsaoPx1OTPwbA_w", null], [6, "NVk-YoV1wnXd1ll6tzQajQ", null], [6, "CKuvxEFTgEVg1jDu7YXg-g", null], [6, "RRw2V1i5dlseE3hGAe95FQ", null], [6, "7XFeUnVRto3KxvJIlblw0Q", null], [6, "-JDQYLRQeq5tmGr-TA5irw", null], [6, "Xjq_2PGm0HzgPgms7Kppbg", null], [6, "8tNIXgzVqW6E9v0zsHcfUw", null], [6, "4AnHYD2at-JKeh26_IGEKA", null], [6, "SvLnDE4-lRYlmxrQabgEpw", null], [6, "TqhIJieAKMPmokLuVRnFCQ", null], ["view:1", null, null], ["view:2", null, null], ["view:3", null, null], ["view:4", null, null], ["view:5", null, null], ["view:6", null, null], ["view:7", null, null], ["view:8", null, null], ["view:9", null, null], ["view:10", null, null], ["view:11", null, null], ["view:12", null, null], ["view:13", null, null], ["view:14", null, null], ["view:15", null, null], ["view:16", null, null], ["chart:1", null, null], ["chart:2", null, null], ["chart:3", null, null], ["chart:4", null, null], ["chart:5", null, null], ["chart:6", null, null], ["chart:7", null, null], ["chart:8", null, null], ["chart:9", null, null]]', '{"views": {"invoices.mine": 6, "invoices.open": 1, "invoices.overdue": 2, "customers.debtors": 12, "invoices.cant_pay": 9, "invoices.disputed": 7, "invoices.due_week": 3, "invoices.promises": 8, "invoices.upcoming": 4, "followups.my_tasks": 15, "invoices.escalated": 10, "payments.unapplied": 14, "customers.stop_list": 13, "invoices.by_manager": 5, "invoices.paid_month": 11, "followups.overdue_tasks": 16}, "tables": {"kpis": 6, "invoices": 3, "managers": 1, "payments": 4, "customers": 2, "followups": 5}}', '2026-12-07 00:28:17.64334');
INSERT INTO tablo_upgrade_fixture.actions VALUES (2, 1, 2, 1, NULL, 'add_column', '{"name": "Scan", "type": "add_column", "options": {}, "table_id": 3, "column_id": 87, "column_type": "file"}', '{"type": "delete_column", "column_id": 87}', 'do', NULL, false, '[[3, null, 87], [4, null, 61], [3, null, 63], [3, null, 64], [3, null, 65], [3, null, 66], [3, null, 67], [3, null, 69], [2, null, 75], [2, null, 78], [2, null, 79], [1, null, 81]]', '{"column": {"id": 87, "name": "Scan", "type": "file", "options": {}, "position": 30.0, "table_id": 3, "read_only": false, "is_primary": false, "description": ""}, "column_id": 87}', '2026-12-07 00:28:20.707299');
INSERT INTO tablo_upgrade_fixture.actions VALUES (3, 1, 3, 1, NULL, 'update_rows', '{"raw": true, "rows": [{"_id": "0TrIt2lluK-SnaMy5XYFxw", "cells": {"c_87": [{"id": "xxrNtkrV90jJmtkJ_t2gAw", "mime": "application/pdf", "name": "invoice-scan.pdf", "size": 1074}]}, "_mtime": {"$dt": "2026-12-07T00:28:21.133338"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', '{"raw": true, "rows": [{"_id": "0TrIt2lluK-SnaMy5XYFxw", "cells": {"c_87": null}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', 'do', NULL, false, '[[3, "0TrIt2lluK-SnaMy5XYFxw", 87], [4, "i7GVv_by-b1RIywPmpeesQ", 61], [3, "0TrIt2lluK-SnaMy5XYFxw", 63], [3, "0TrIt2lluK-SnaMy5XYFxw", 64], [3, "0TrIt2lluK-SnaMy5XYFxw", 65], [3, "0TrIt2lluK-SnaMy5XYFxw", 66], [3, "0TrIt2lluK-SnaMy5XYFxw", 67], [3, "0TrIt2lluK-SnaMy5XYFxw", 69], [2, "h_3fQStmnY7mbAkhtuPsdA", 75], [2, "h_3fQStmnY7mbAkhtuPsdA", 78], [2, "h_3fQStmnY7mbAkhtuPsdA", 79], [1, "0dp0EhnY_cycqdsCiKr7AA", 81]]', '{"rows": 1}', '2026-12-07 00:28:21.133338');
INSERT INTO tablo_upgrade_fixture.actions VALUES (4, 1, 4, 1, NULL, 'add_chart', '{"name": "Invoices by Dispute reason", "type": "add_chart", "view_id": null, "chart_id": 10, "settings": {"x": {"order": null, "column_id": 21, "granularity": null}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "count", "column_id": null}, "layout": {"h": 4, "w": 6, "x": 0, "y": 0}, "series": null, "compare": null, "description": ""}, "table_id": 3}', '{"type": "delete_chart", "chart_id": 10}', 'do', NULL, false, '[["chart:10", null, null]]', '{"chart_id": 10}', '2026-12-07 00:28:21.433891');
INSERT INTO tablo_upgrade_fixture.actions VALUES (5, 1, 5, 1, NULL, 'add_column', '{"name": "Note", "type": "add_column", "options": {}, "table_id": 3, "column_id": 88, "column_type": "text"}', '{"type": "delete_column", "column_id": 88}', 'do', NULL, false, '[[3, null, 88], [4, null, 61], [3, null, 63], [3, null, 64], [3, null, 65], [3, null, 66], [3, null, 67], [3, null, 69], [2, null, 75], [2, null, 78], [2, null, 79], [1, null, 81]]', '{"column": {"id": 88, "name": "Note", "type": "text", "options": {}, "position": 31.0, "table_id": 3, "read_only": false, "is_primary": false, "description": ""}, "column_id": 88}', '2026-12-07 00:28:21.558349');
INSERT INTO tablo_upgrade_fixture.actions VALUES (6, 1, 6, 1, NULL, 'insert_rows', '{"raw": true, "rows": [{"_id": "s1mdqJOpseKSh8iX5pZEDw", "cells": {"c_15": "INV-UPGRADE-1"}, "_ctime": {"$dt": "2026-12-07T00:28:22.289836"}, "_mtime": {"$dt": "2026-12-07T00:28:22.289836"}, "_order": 301.0, "_creator": 1, "_last_modifier": 1}], "type": "insert_rows", "table_id": 3}', '{"type": "delete_rows", "row_ids": ["s1mdqJOpseKSh8iX5pZEDw"], "table_id": 3}', 'do', NULL, false, '[[3, "s1mdqJOpseKSh8iX5pZEDw", null], [3, "s1mdqJOpseKSh8iX5pZEDw", 63], [3, "s1mdqJOpseKSh8iX5pZEDw", 64], [3, "s1mdqJOpseKSh8iX5pZEDw", 65], [3, "s1mdqJOpseKSh8iX5pZEDw", 66], [3, "s1mdqJOpseKSh8iX5pZEDw", 67], [3, "s1mdqJOpseKSh8iX5pZEDw", 69]]', '{"rows": 1}', '2026-12-07 00:28:22.289836');
INSERT INTO tablo_upgrade_fixture.actions VALUES (7, 1, 7, NULL, 'automation:5:1', 'update_rows', '{"raw": true, "rows": [{"_id": "s1mdqJOpseKSh8iX5pZEDw", "cells": {"c_88": "added after import"}, "_mtime": {"$dt": "2026-12-07T00:28:22.463009"}, "_last_modifier": null}], "type": "update_rows", "table_id": 3}', '{"raw": true, "rows": [{"_id": "s1mdqJOpseKSh8iX5pZEDw", "cells": {"c_88": null}, "_mtime": {"$dt": "2026-12-07T00:28:22.289836"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', 'do', NULL, false, '[[3, "s1mdqJOpseKSh8iX5pZEDw", 88], [3, "s1mdqJOpseKSh8iX5pZEDw", 63], [3, "s1mdqJOpseKSh8iX5pZEDw", 64], [3, "s1mdqJOpseKSh8iX5pZEDw", 65], [3, "s1mdqJOpseKSh8iX5pZEDw", 66], [3, "s1mdqJOpseKSh8iX5pZEDw", 67], [3, "s1mdqJOpseKSh8iX5pZEDw", 69]]', '{"rows": 1}', '2026-12-07 00:28:22.463009');
INSERT INTO tablo_upgrade_fixture.actions VALUES (8, 1, 8, 1, NULL, 'add_view', '{"name": "Open, newest first", "type": "add_view", "private": false, "view_id": 17, "settings": {"sorts": [{"column_id": 15, "direction": "desc"}], "filters": {"filters": [], "conjunction": "and"}, "group_by": [], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3}', '{"type": "delete_view", "view_id": 17, "table_id": 3}', 'do', NULL, false, '[["view:17", null, null]]', '{"view": {"id": 17, "name": "Open, newest first", "private": false, "position": 12.0, "settings": {"sorts": [{"column_id": 15, "direction": "desc"}], "filters": {"filters": [], "conjunction": "and"}, "group_by": [], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}, "table_id": 3, "created_by": 1}}', '2026-12-07 00:28:22.552466');
INSERT INTO tablo_upgrade_fixture.actions VALUES (9, 1, 9, 1, NULL, 'update_rows', '{"raw": true, "rows": [{"_id": "e096yrLdClJn9i7lfAsYew", "cells": {"c_88": "kept"}, "_mtime": {"$dt": "2026-12-07T00:28:22.734662"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', '{"raw": true, "rows": [{"_id": "e096yrLdClJn9i7lfAsYew", "cells": {"c_88": null}, "_mtime": {"$dt": "2026-12-07T00:28:17.643340"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', 'do', NULL, false, '[[3, "e096yrLdClJn9i7lfAsYew", 88], [4, "b2ebnX1MdVTgolkt77CPcQ", 61], [3, "e096yrLdClJn9i7lfAsYew", 63], [3, "e096yrLdClJn9i7lfAsYew", 64], [3, "e096yrLdClJn9i7lfAsYew", 65], [3, "e096yrLdClJn9i7lfAsYew", 66], [3, "e096yrLdClJn9i7lfAsYew", 67], [3, "e096yrLdClJn9i7lfAsYew", 69], [2, "_rccd15ELGIGdixvVWUDzQ", 75], [2, "_rccd15ELGIGdixvVWUDzQ", 78], [2, "_rccd15ELGIGdixvVWUDzQ", 79], [1, "Kj_oVovoEzI76bIFiOFwEA", 81]]', '{"rows": 1}', '2026-12-07 00:28:22.734662');
INSERT INTO tablo_upgrade_fixture.actions VALUES (11, 1, 11, 1, NULL, 'update_rows', '{"raw": true, "rows": [{"_id": "e096yrLdClJn9i7lfAsYew", "cells": {"c_88": "kept"}, "_mtime": {"$dt": "2026-12-07T00:28:22.734662"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', '{"raw": true, "rows": [{"_id": "e096yrLdClJn9i7lfAsYew", "cells": {"c_88": "undone"}, "_mtime": {"$dt": "2026-12-07T00:28:22.849200"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', 'undo', 10, false, '[[3, "e096yrLdClJn9i7lfAsYew", 88], [4, "b2ebnX1MdVTgolkt77CPcQ", 61], [3, "e096yrLdClJn9i7lfAsYew", 63], [3, "e096yrLdClJn9i7lfAsYew", 64], [3, "e096yrLdClJn9i7lfAsYew", 65], [3, "e096yrLdClJn9i7lfAsYew", 66], [3, "e096yrLdClJn9i7lfAsYew", 67], [3, "e096yrLdClJn9i7lfAsYew", 69], [2, "_rccd15ELGIGdixvVWUDzQ", 75], [2, "_rccd15ELGIGdixvVWUDzQ", 78], [2, "_rccd15ELGIGdixvVWUDzQ", 79], [1, "Kj_oVovoEzI76bIFiOFwEA", 81]]', 'null', '2026-12-07 00:28:23.016578');
INSERT INTO tablo_upgrade_fixture.actions VALUES (10, 1, 10, 1, NULL, 'update_rows', '{"raw": true, "rows": [{"_id": "e096yrLdClJn9i7lfAsYew", "cells": {"c_88": "undone"}, "_mtime": {"$dt": "2026-12-07T00:28:22.849200"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', '{"raw": true, "rows": [{"_id": "e096yrLdClJn9i7lfAsYew", "cells": {"c_88": "kept"}, "_mtime": {"$dt": "2026-12-07T00:28:22.734662"}, "_last_modifier": 1}], "type": "update_rows", "table_id": 3}', 'do', NULL, true, '[[3, "e096yrLdClJn9i7lfAsYew", 88], [4, "b2ebnX1MdVTgolkt77CPcQ", 61], [3, "e096yrLdClJn9i7lfAsYew", 63], [3, "e096yrLdClJn9i7lfAsYew", 64], [3, "e096yrLdClJn9i7lfAsYew", 65], [3, "e096yrLdClJn9i7lfAsYew", 66], [3, "e096yrLdClJn9i7lfAsYew", 67], [3, "e096yrLdClJn9i7lfAsYew", 69], [2, "_rccd15ELGIGdixvVWUDzQ", 75], [2, "_rccd15ELGIGdixvVWUDzQ", 78], [2, "_rccd15ELGIGdixvVWUDzQ", 79], [1, "Kj_oVovoEzI76bIFiOFwEA", 81]]', '{"rows": 1}', '2026-12-07 00:28:22.8492');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.api_tokens VALUES (1, '4a77d16559245da9a00b9c287f3b8166a4aa954809dcf72004093f84f292e35e', 'tt_xmAg-wp', 1, 1, 'write', '', '2026-12-07 00:28:22.704531', NULL, NULL);


--
-- Data for Name: automation_matches; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: automation_rules; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.automation_rules VALUES (1, 1, 3, 'Overdue invoice → task for the manager', true, '{"hour": 8, "type": "schedule", "every": "day", "minute": 0, "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 68}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "per_row": true, "only_new": true, "timezone": "Europe/Moscow"}', '[{"type": "add_row", "values": {"36": "Remind about payment: {Invoice No.}", "37": "Reminder / Напоминание", "38": "{Responsible}", "41": "To do / Запланировано"}, "table_id": 5, "link_column": 56}, {"type": "notify", "users": [], "message": "Invoice {Invoice No.} ({Customer}) is overdue by {Days overdue} days; balance {Balance}.", "user_column": 16}]', '2026-12-07 05:00:00', 1, '2026-12-07 00:28:20.418034');
INSERT INTO tablo_upgrade_fixture.automation_rules VALUES (2, 1, 3, '30 days overdue → head of sales', true, '{"hour": 8, "type": "schedule", "every": "day", "minute": 0, "filters": {"filters": [{"value": 30, "operator": "gte", "column_id": 68}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "per_row": true, "only_new": true, "timezone": "Europe/Moscow"}', '[{"type": "notify", "users": [1], "message": "Invoice {Invoice No.} ({Customer}) is {Days overdue} days overdue; balance {Balance}. Manager: {Manager}."}]', '2026-12-07 05:00:00', 1, '2026-12-07 00:28:20.428799');
INSERT INTO tablo_upgrade_fixture.automation_rules VALUES (3, 1, 3, 'Broken promise → escalate', true, '{"hour": 8, "type": "schedule", "every": "day", "minute": 0, "filters": {"filters": [{"value": "Broken / Нарушено", "operator": "is", "column_id": 73}], "conjunction": "and"}, "per_row": true, "only_new": true, "timezone": "Europe/Moscow"}', '[{"type": "set_cells", "values": {"24": "Head of sales / РОП"}}, {"type": "add_row", "values": {"36": "Clarify status: {Invoice No.}", "37": "Clarify status / Уточнить статус", "38": "{Responsible}", "41": "To do / Запланировано"}, "table_id": 5, "link_column": 56}, {"type": "notify", "users": [1], "message": "{Customer} broke the promise to pay invoice {Invoice No.} by {Promise date}; escalated to the head of sales."}]', '2026-12-07 05:00:00', 1, '2026-12-07 00:28:20.432815');
INSERT INTO tablo_upgrade_fixture.automation_rules VALUES (4, 1, 3, 'Monthly review reminder', true, '{"day": 1, "hour": 2, "type": "schedule", "every": "month", "minute": 0, "filters": {"filters": [{"value": 60, "operator": "gt", "column_id": 68}, {"value": ["Legal / Суд", "Restructuring / Реструктуризация"], "operator": "is_any_of", "column_id": 24}], "conjunction": "or"}, "per_row": false, "only_new": false, "timezone": "Europe/Moscow"}', '[{"type": "notify", "users": [1], "message": "Monthly review: {row_count} difficult cases\n{rows}"}]', '2026-12-31 23:00:00', 1, '2026-12-07 00:28:20.435205');
INSERT INTO tablo_upgrade_fixture.automation_rules VALUES (5, 1, 3, 'Mark new invoices', true, '{"type": "row_added"}', '[{"type": "set_cells", "values": {"88": "added after import"}}]', NULL, 1, '2026-12-07 00:28:22.256808');


--
-- Data for Name: automation_runs; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.automation_runs VALUES (1, 5, 1, 'row_added', 6, 0, '["s1mdqJOpseKSh8iX5pZEDw"]', 'ok', '[{"ok": true, "rows": 1, "type": "set_cells", "action": 0, "version": 7, "action_id": 7}]', NULL, '2026-12-07 00:28:22.364768', '2026-12-07 00:28:22.380964', '2026-12-07 00:28:22.529511');


--
-- Data for Name: base_members; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.base_members VALUES (1, 1, 'owner');
INSERT INTO tablo_upgrade_fixture.base_members VALUES (1, 2, 'editor');


--
-- Data for Name: bases; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.bases VALUES (1, 'f2f72c18-5af4-4c51-a9ac-30424081f2df', 'Accounts receivable', 1, 11, 3, '2026-12-07 00:28:17.636743', NULL);


--
-- Data for Name: charts; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.charts VALUES (1, 1, 3, 1, 'Receivables by aging bucket', 1, '{"x": {"order": ["Current / Не просрочен", "1–30", "31–60", "61–90", "90+", "Closed / Закрыт"], "column_id": 71, "granularity": null}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 67}, "layout": {"h": 4, "w": 6, "x": 0, "y": 0}, "series": null, "compare": null, "description": ""}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (2, 1, 2, 12, 'Top debtors', 2, '{"x": {"order": null, "column_id": 6, "granularity": null}, "goal": null, "sort": "value_desc", "type": "bar_horizontal", "limit": 15, "value": {"aggregate": "sum", "column_id": 75}, "layout": {"h": 4, "w": 6, "x": 6, "y": 0}, "series": null, "compare": null, "description": ""}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (3, 1, 3, 2, 'Overdue by manager', 3, '{"x": {"order": null, "column_id": 62, "granularity": null}, "goal": null, "sort": "x", "type": "stacked_bar", "limit": null, "value": {"aggregate": "sum", "column_id": 67}, "layout": {"h": 4, "w": 6, "x": 0, "y": 4}, "series": {"order": ["Current / Не просрочен", "1–30", "31–60", "61–90", "90+", "Closed / Закрыт"], "column_id": 71, "granularity": null}, "compare": null, "description": ""}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (4, 1, 3, NULL, 'Invoiced per month', 4, '{"x": {"order": null, "column_id": 17, "granularity": "month"}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 19}, "layout": {"h": 4, "w": 6, "x": 6, "y": 4}, "series": null, "compare": null, "description": ""}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (5, 1, 4, NULL, 'Collected per month', 5, '{"x": {"order": null, "column_id": 30, "granularity": "month"}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 58}, "layout": {"h": 4, "w": 6, "x": 0, "y": 8}, "series": null, "compare": null, "description": ""}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (6, 1, 3, 4, 'Upcoming payments, 4 weeks', 6, '{"x": {"order": null, "column_id": 18, "granularity": "week"}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "sum", "column_id": 67}, "layout": {"h": 4, "w": 6, "x": 6, "y": 8}, "series": null, "compare": null, "description": ""}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (7, 1, 3, 2, 'Missing payments', 7, '{"x": null, "goal": null, "sort": "x", "type": "number", "limit": null, "value": {"aggregate": "sum", "column_id": 72}, "layout": {"h": 3, "w": 3, "x": 0, "y": 12}, "series": null, "compare": null, "description": "Sum of overdue balances: invoices past their due date and not paid."}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (8, 1, 3, NULL, 'Status mix', 8, '{"x": {"order": null, "column_id": 74, "granularity": null}, "goal": null, "sort": "x", "type": "donut", "limit": null, "value": {"aggregate": "count", "column_id": null}, "layout": {"h": 4, "w": 4, "x": 3, "y": 12}, "series": null, "compare": null, "description": ""}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (9, 1, 6, NULL, 'DSO per month', 9, '{"x": {"order": null, "column_id": 44, "granularity": null}, "goal": null, "sort": "x", "type": "line", "limit": null, "value": {"aggregate": "sum", "column_id": 86}, "layout": {"h": 4, "w": 5, "x": 7, "y": 12}, "series": null, "compare": null, "description": "DSO = receivables at month end ÷ invoiced in the month × days in the month."}', 1, NULL);
INSERT INTO tablo_upgrade_fixture.charts VALUES (10, 1, 3, NULL, 'Invoices by Dispute reason', 10, '{"x": {"order": null, "column_id": 21, "granularity": null}, "goal": null, "sort": "x", "type": "bar", "limit": null, "value": {"aggregate": "count", "column_id": null}, "layout": {"h": 4, "w": 6, "x": 0, "y": 0}, "series": null, "compare": null, "description": ""}', 1, NULL);


--
-- Data for Name: column_permissions; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: columns; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.columns VALUES (1, 1, 'Name', 'text', '{}', 1, 'c_1', true, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (2, 1, 'User', 'collaborator', '{}', 2, 'c_2', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (3, 1, 'Role', 'single-select', '{"options": [{"id": "5daf2c", "name": "Sales manager / Менеджер", "color": "#93C5FD"}, {"id": "eaed92", "name": "Head of sales / РОП", "color": "#C4B5FD"}, {"id": "5642a3", "name": "Accountant / Бухгалтер", "color": "#67E8F9"}, {"id": "9121d3", "name": "Lawyer / Юрист", "color": "#FDBA74"}]}', 3, 'c_3', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (4, 1, 'Email', 'email', '{}', 4, 'c_4', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (5, 1, 'Phone', 'phone', '{}', 5, 'c_5', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (6, 2, 'Customer', 'text', '{}', 1, 'c_6', true, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (7, 2, 'INN', 'text', '{}', 2, 'c_7', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (8, 2, 'KPP', 'text', '{}', 3, 'c_8', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (9, 2, 'Segment', 'single-select', '{"options": [{"id": "30a22d", "name": "Key / Ключевой", "color": "#C4B5FD"}, {"id": "7c161f", "name": "Regular / Постоянный", "color": "#93C5FD"}, {"id": "218a0e", "name": "New / Новый", "color": "#86EFAC"}, {"id": "5b0587", "name": "One-off / Разовый", "color": "#E2E8F0"}]}', 4, 'c_9', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (10, 2, 'Default terms, days', 'number', '{"max": null, "min": null, "format": "number", "decimal": null, "precision": 0, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 5, 'c_10', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (11, 2, 'Credit limit', 'number', '{"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 6, 'c_11', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (12, 2, 'AP contact', 'text', '{}', 7, 'c_12', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (13, 2, 'AP email', 'email', '{}', 8, 'c_13', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (14, 2, 'AP phone', 'phone', '{}', 9, 'c_14', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (15, 3, 'Invoice No.', 'text', '{}', 1, 'c_15', true, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (16, 3, 'Responsible', 'collaborator', '{}', 2, 'c_16', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (17, 3, 'Invoice date', 'date', '{"format": "DD.MM.YYYY", "include_time": false}', 3, 'c_17', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (18, 3, 'Due date', 'date', '{"format": "DD.MM.YYYY", "include_time": false}', 4, 'c_18', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (19, 3, 'Total', 'number', '{"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 5, 'c_19', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (20, 3, 'Disputed', 'checkbox', '{}', 6, 'c_20', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (21, 3, 'Dispute reason', 'single-select', '{"options": [{"id": "e6dfd0", "name": "Price / Цена", "color": "#FDBA74"}, {"id": "733ba7", "name": "Quantity / Количество", "color": "#FDBA74"}, {"id": "3acfe5", "name": "Quality / Качество", "color": "#FCA5A5"}, {"id": "423fe6", "name": "Documents / Документы", "color": "#FCD34D"}]}', 7, 'c_21', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (22, 3, 'Can''t pay', 'checkbox', '{}', 8, 'c_22', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (23, 3, 'Cancelled', 'checkbox', '{}', 9, 'c_23', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (24, 3, 'Collection stage', 'single-select', '{"options": [{"id": "d2dd88", "name": "None / Нет", "color": "#E2E8F0"}, {"id": "4fb9b1", "name": "Reminders / Напоминания", "color": "#93C5FD"}, {"id": "e85c5f", "name": "Head of sales / РОП", "color": "#FCD34D"}, {"id": "107ee1", "name": "Pre-trial claim / Претензия", "color": "#FDBA74"}, {"id": "4a6d88", "name": "Restructuring / Реструктуризация", "color": "#C4B5FD"}, {"id": "bc2ee4", "name": "Terms changed / Изменены условия", "color": "#C4B5FD"}, {"id": "dfcd07", "name": "Legal / Суд", "color": "#FCA5A5"}]}', 10, 'c_24', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (25, 3, 'Promise date', 'date', '{"format": "DD.MM.YYYY", "include_time": false}', 11, 'c_25', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (26, 3, 'Promise amount', 'number', '{"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 12, 'c_26', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (27, 3, 'Notes', 'long-text', '{}', 13, 'c_27', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (28, 4, 'Payment ID', 'auto-number', '{"digits": 5, "prefix": "PAY-"}', 1, 'c_28', true, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (29, 4, 'Type', 'single-select', '{"options": [{"id": "9fb797", "name": "Payment / Оплата", "color": "#86EFAC"}, {"id": "54db15", "name": "Credit note / Корректировка", "color": "#93C5FD"}, {"id": "85387c", "name": "Write-off / Списание", "color": "#CBD5E1"}, {"id": "556aef", "name": "Offset / Взаимозачёт", "color": "#67E8F9"}, {"id": "9c58c1", "name": "Refund / Возврат", "color": "#FCA5A5"}]}', 2, 'c_29', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (30, 4, 'Date', 'date', '{"format": "DD.MM.YYYY", "include_time": false}', 3, 'c_30', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (31, 4, 'Amount', 'number', '{"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 4, 'c_31', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (32, 4, 'Method', 'single-select', '{"options": [{"id": "58ac4f", "name": "Bank transfer / Безнал", "color": "#93C5FD"}, {"id": "c40f03", "name": "SBP / СБП", "color": "#67E8F9"}, {"id": "7c3820", "name": "Card / Карта", "color": "#C4B5FD"}, {"id": "e82f5b", "name": "Cash / Наличные", "color": "#86EFAC"}]}', 5, 'c_32', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (33, 4, 'Bank doc No.', 'text', '{}', 6, 'c_33', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (34, 4, 'Payer INN', 'text', '{}', 7, 'c_34', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (35, 4, 'Purpose', 'long-text', '{}', 8, 'c_35', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (36, 5, 'Task', 'text', '{}', 1, 'c_36', true, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (37, 5, 'Type', 'single-select', '{"options": [{"id": "126178", "name": "Reminder / Напоминание", "color": "#93C5FD"}, {"id": "92bdcf", "name": "Call / Звонок", "color": "#93C5FD"}, {"id": "fdfc11", "name": "Reconciliation act / Акт сверки", "color": "#67E8F9"}, {"id": "b1846c", "name": "Promise to pay / Обещание оплаты", "color": "#86EFAC"}, {"id": "8873e1", "name": "Dispute / Спор", "color": "#FDBA74"}, {"id": "d92caf", "name": "Clarify status / Уточнить статус", "color": "#FCD34D"}, {"id": "40ed07", "name": "Pre-trial claim / Претензия", "color": "#FDBA74"}, {"id": "a088a2", "name": "Restructuring / Реструктуризация", "color": "#C4B5FD"}, {"id": "57324d", "name": "Legal / Иск", "color": "#FCA5A5"}]}', 2, 'c_37', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (38, 5, 'Assigned to', 'collaborator', '{}', 3, 'c_38', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (39, 5, 'Assigned by', 'collaborator', '{}', 4, 'c_39', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (40, 5, 'Due date', 'date', '{"format": "DD.MM.YYYY", "include_time": false}', 5, 'c_40', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (41, 5, 'Status', 'single-select', '{"options": [{"id": "63f7e8", "name": "To do / Запланировано", "color": "#E2E8F0"}, {"id": "104508", "name": "In progress / В работе", "color": "#93C5FD"}, {"id": "601d81", "name": "Done / Выполнено", "color": "#86EFAC"}, {"id": "9e7cbe", "name": "Cancelled / Отменено", "color": "#CBD5E1"}]}', 6, 'c_41', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (42, 5, 'Outcome', 'single-select', '{"options": [{"id": "179303", "name": "Promised / Обещал оплатить", "color": "#86EFAC"}, {"id": "c7ba55", "name": "Paid / Оплатил", "color": "#86EFAC"}, {"id": "0791e4", "name": "Disputes / Оспаривает", "color": "#FDBA74"}, {"id": "8f0c6f", "name": "Can''t pay / Не может оплатить", "color": "#FCA5A5"}, {"id": "0ed616", "name": "Refuses / Отказ", "color": "#FCA5A5"}, {"id": "e4bf09", "name": "No answer / Нет ответа", "color": "#E2E8F0"}]}', 7, 'c_42', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (43, 5, 'Notes', 'long-text', '{}', 8, 'c_43', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (44, 6, 'Month', 'text', '{}', 1, 'c_44', true, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (45, 6, 'Month start', 'date', '{"format": "DD.MM.YYYY", "include_time": false}', 2, 'c_45', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (46, 6, 'Invoiced', 'number', '{"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 3, 'c_46', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (47, 6, 'Collected', 'number', '{"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 4, 'c_47', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (48, 6, 'AR at month end', 'number', '{"max": null, "min": null, "format": "currency", "decimal": null, "precision": 2, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 5, 'c_48', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (49, 6, 'Days in month', 'number', '{"max": null, "min": null, "format": "number", "decimal": null, "precision": 0, "thousands": null, "currency_symbol": "₽", "currency_position": "after"}', 6, 'c_49', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (51, 1, 'Customers', 'link', '{"side": "b", "link_id": 50, "view_id": null, "table_id": 2, "is_multiple": true, "other_column_id": 50}', 6, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (50, 2, 'Account manager', 'link', '{"side": "a", "link_id": 50, "view_id": null, "table_id": 1, "is_multiple": false, "other_column_id": 51}', 10, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (53, 2, 'Invoices', 'link', '{"side": "b", "link_id": 52, "view_id": null, "table_id": 3, "is_multiple": true, "other_column_id": 52}', 11, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (52, 3, 'Customer', 'link', '{"side": "a", "link_id": 52, "view_id": null, "table_id": 2, "is_multiple": false, "other_column_id": 53}', 14, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (55, 3, 'Payments', 'link', '{"side": "b", "link_id": 54, "view_id": null, "table_id": 4, "is_multiple": true, "other_column_id": 54}', 15, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (54, 4, 'Invoice', 'link', '{"side": "a", "link_id": 54, "view_id": null, "table_id": 3, "is_multiple": false, "other_column_id": 55}', 9, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (57, 3, 'Follow-ups', 'link', '{"side": "b", "link_id": 56, "view_id": null, "table_id": 5, "is_multiple": true, "other_column_id": 56}', 16, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (56, 5, 'Invoice', 'link', '{"side": "a", "link_id": 56, "view_id": null, "table_id": 3, "is_multiple": false, "other_column_id": 57}', 9, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (58, 4, 'Cash amount', 'formula', '{"format": "currency", "source": "ifs({#29} = ''Payment / Оплата'', {#31}, {#29} = ''Offset / Взаимозачёт'', {#31}, {#29} = ''Refund / Возврат'', -{#31}, true, 0)", "formula": "ifs({Type} = ''Payment / Оплата'', {Amount}, {Type} = ''Offset / Взаимозачёт'', {Amount}, {Type} = ''Refund / Возврат'', -{Amount}, true, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 10, 'c_58_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (59, 4, 'Credit amount', 'formula', '{"format": "currency", "source": "if({#29} = ''Credit note / Корректировка'', {#31}, 0)", "formula": "if({Type} = ''Credit note / Корректировка'', {Amount}, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 11, 'c_59_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (60, 4, 'Write-off amount', 'formula', '{"format": "currency", "source": "if({#29} = ''Write-off / Списание'', {#31}, 0)", "formula": "if({Type} = ''Write-off / Списание'', {Amount}, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 12, 'c_60_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (61, 4, 'Unapplied', 'formula', '{"format": "number", "source": "isblank({#54})", "formula": "isblank({Invoice})", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}', 13, 'c_61_mb1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (62, 3, 'Manager', 'lookup', '{"format": "number", "column_id": 50, "precision": 2, "result_type": "text", "link_column_id": 52, "currency_symbol": "₽"}', 17, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (63, 3, 'Paid', 'rollup', '{"format": "currency", "summary": "sum", "column_id": 58, "precision": 2, "result_type": "number", "link_column_id": 55, "currency_symbol": "₽"}', 18, 'c_63_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (64, 3, 'Credited', 'rollup', '{"format": "currency", "summary": "sum", "column_id": 59, "precision": 2, "result_type": "number", "link_column_id": 55, "currency_symbol": "₽"}', 19, 'c_64_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (65, 3, 'Written off', 'rollup', '{"format": "currency", "summary": "sum", "column_id": 60, "precision": 2, "result_type": "number", "link_column_id": 55, "currency_symbol": "₽"}', 20, 'c_65_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (66, 3, 'Last payment date', 'rollup', '{"format": "number", "summary": "latest", "column_id": 30, "precision": 2, "result_type": "date", "link_column_id": 55, "currency_symbol": "₽"}', 21, 'c_66_md1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (67, 3, 'Balance', 'formula', '{"format": "currency", "source": "round({#19} - {#63} - {#64} - {#65}, 2)", "formula": "round({Total} - {Paid} - {Credited} - {Written off}, 2)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 22, 'c_67_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (68, 3, 'Days overdue', 'formula', '{"format": "number", "source": "if(and({#67} > 0, not({#23}), today() > {#18}), dateDif({#18}, today(), ''D''), 0)", "formula": "if(and({Balance} > 0, not({Cancelled}), today() > {Due date}), dateDif({Due date}, today(), ''D''), 0)", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 23, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (69, 3, 'Days late at payment', 'formula', '{"format": "number", "source": "if(and({#67} <= 0, not(isblank({#66}))), max(0, dateDif({#18}, {#66}, ''D'')), '''')", "formula": "if(and({Balance} <= 0, not(isblank({Last payment date}))), max(0, dateDif({Due date}, {Last payment date}, ''D'')), '''')", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 24, 'c_69_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (70, 3, 'Days to due', 'formula', '{"format": "number", "source": "if({#67} > 0, dateDif(today(), {#18}, ''D''), '''')", "formula": "if({Balance} > 0, dateDif(today(), {Due date}, ''D''), '''')", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 25, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (71, 3, 'Aging bucket', 'formula', '{"format": "number", "source": "ifs({#67} <= 0, ''Closed / Закрыт'', {#68} = 0, ''Current / Не просрочен'', {#68} <= 30, ''1–30'', {#68} <= 60, ''31–60'', {#68} <= 90, ''61–90'', true, ''90+'')", "formula": "ifs({Balance} <= 0, ''Closed / Закрыт'', {Days overdue} = 0, ''Current / Не просрочен'', {Days overdue} <= 30, ''1–30'', {Days overdue} <= 60, ''31–60'', {Days overdue} <= 90, ''61–90'', true, ''90+'')", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "text", "currency_symbol": "₽"}', 26, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (72, 3, 'Overdue amount', 'formula', '{"format": "currency", "source": "if({#68} > 0, {#67}, 0)", "formula": "if({Days overdue} > 0, {Balance}, 0)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 27, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (73, 3, 'Promise status', 'formula', '{"format": "number", "source": "ifs(isblank({#25}), '''', {#67} <= 0, ''Kept / Выполнено'', today() > {#25}, ''Broken / Нарушено'', true, ''Pending / Ожидается'')", "formula": "ifs(isblank({Promise date}), '''', {Balance} <= 0, ''Kept / Выполнено'', today() > {Promise date}, ''Broken / Нарушено'', true, ''Pending / Ожидается'')", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "text", "currency_symbol": "₽"}', 28, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (74, 3, 'Status', 'formula', '{"format": "number", "source": "ifs({#23}, ''Cancelled / Аннулирован'', and({#65} > 0, {#67} <= 0), ''Written off / Списан'', {#67} <= 0, ''Paid / Оплачен'', and({#20}, {#67} > 0), ''Disputed / Спорный'', {#68} > 0, ''Overdue / Просрочен'', {#63} + {#64} > 0, ''Partially paid / Частично оплачен'', true, ''Open / Открыт'')", "formula": "ifs({Cancelled}, ''Cancelled / Аннулирован'', and({Written off} > 0, {Balance} <= 0), ''Written off / Списан'', {Balance} <= 0, ''Paid / Оплачен'', and({Disputed}, {Balance} > 0), ''Disputed / Спорный'', {Days overdue} > 0, ''Overdue / Просрочен'', {Paid} + {Credited} > 0, ''Partially paid / Частично оплачен'', true, ''Open / Открыт'')", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "text", "currency_symbol": "₽"}', 29, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (75, 2, 'Open balance', 'rollup', '{"format": "currency", "summary": "sum", "column_id": 67, "precision": 2, "result_type": "number", "link_column_id": 53, "currency_symbol": "₽"}', 12, 'c_75_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (76, 2, 'Overdue balance', 'rollup', '{"format": "currency", "summary": "sum", "column_id": 72, "precision": 2, "result_type": "number", "link_column_id": 53, "currency_symbol": "₽"}', 13, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (77, 2, 'Max days overdue', 'rollup', '{"format": "number", "summary": "max", "column_id": 68, "precision": 0, "result_type": "number", "link_column_id": 53, "currency_symbol": "₽"}', 14, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (78, 2, 'Credit used', 'formula', '{"format": "percent", "source": "if({#11} > 0, {#75} / {#11}, '''')", "formula": "if({Credit limit} > 0, {Open balance} / {Credit limit}, '''')", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 15, 'c_78_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (79, 2, 'Over limit', 'formula', '{"format": "number", "source": "and({#11} > 0, {#75} > {#11})", "formula": "and({Credit limit} > 0, {Open balance} > {Credit limit})", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}', 16, 'c_79_mb1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (80, 2, 'Stop shipments', 'formula', '{"format": "number", "source": "or({#79}, {#77} > 90)", "formula": "or({Over limit}, {Max days overdue} > 90)", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}', 17, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (81, 1, 'Open balance', 'rollup', '{"format": "currency", "summary": "sum", "column_id": 75, "precision": 2, "result_type": "number", "link_column_id": 51, "currency_symbol": "₽"}', 7, 'c_81_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (82, 1, 'Overdue balance', 'rollup', '{"format": "currency", "summary": "sum", "column_id": 76, "precision": 2, "result_type": "number", "link_column_id": 51, "currency_symbol": "₽"}', 8, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (83, 1, 'Overdue share', 'formula', '{"format": "percent", "source": "if({#81} > 0, {#82} / {#81}, 0)", "formula": "if({Open balance} > 0, {Overdue balance} / {Open balance}, 0)", "precision": 0, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 9, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (84, 5, 'Customer', 'lookup', '{"format": "number", "column_id": 52, "precision": 2, "result_type": "text", "link_column_id": 56, "currency_symbol": "₽"}', 10, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (85, 5, 'Task overdue', 'formula', '{"format": "number", "source": "and({#41} != ''Done / Выполнено'', {#41} != ''Cancelled / Отменено'', today() > {#40})", "formula": "and({Status} != ''Done / Выполнено'', {Status} != ''Cancelled / Отменено'', today() > {Due date})", "precision": 2, "date_format": "YYYY-MM-DD", "result_type": "bool", "currency_symbol": "₽"}', 11, NULL, false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (86, 6, 'DSO, days', 'formula', '{"format": "number", "source": "if({#46} > 0, round({#48} / {#46} * {#49}, 1), '''')", "formula": "if({Invoiced} > 0, round({AR at month end} / {Invoiced} * {Days in month}, 1), '''')", "precision": 1, "date_format": "YYYY-MM-DD", "result_type": "number", "currency_symbol": "₽"}', 7, 'c_86_mn1', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (87, 3, 'Scan', 'file', '{}', 30, 'c_87', false, '', NULL);
INSERT INTO tablo_upgrade_fixture.columns VALUES (88, 3, 'Note', 'text', '{}', 31, 'c_88', false, '', NULL);


--
-- Data for Name: comments; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.comments VALUES (2, 1, 3, 'e096yrLdClJn9i7lfAsYew', 2, 'Second reminder sent', '[]', false, NULL, NULL, '2026-12-07 00:28:21.368984', NULL);
INSERT INTO tablo_upgrade_fixture.comments VALUES (1, 1, 3, '0TrIt2lluK-SnaMy5XYFxw', 1, 'Called the customer, promised to pay Friday', '[2]', true, 1, '2026-12-07 00:28:21.40518', '2026-12-07 00:28:21.333099', NULL);


--
-- Data for Name: counters; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.counters VALUES (28, 230);


--
-- Data for Name: files; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.files VALUES ('xxrNtkrV90jJmtkJ_t2gAw', 1, '4daaaff72693a3a8ac1c0dd44c9396899e90ac0d3175960d5a7edeea7f45f560', 'invoice-scan.pdf', 1074, 'application/pdf', 1, '2026-12-07 00:28:21.069429');


--
-- Data for Name: forms; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.forms VALUES (1, 1, 3, 'mA2Y7G1EPTxY4KJs9B5iLmOEjL4mByZ_', 'Report a payment', '{"title": "Report a payment", "fields": [{"label": "Invoice number", "required": true, "column_id": 15, "description": ""}, {"label": "What happened", "required": false, "column_id": 88, "description": ""}], "description": "", "success_message": ""}', true, 1, '2026-12-07 00:28:22.68823');


--
-- Data for Name: import_jobs; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: invitations; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: l_50; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.l_50 VALUES (1, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (2, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (3, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (4, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (5, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (6, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (7, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (8, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (9, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (10, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (11, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (12, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (13, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (14, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (15, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (16, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (17, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (18, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (19, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (20, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (21, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (22, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (23, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (24, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (25, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (26, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (27, 3);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (28, 1);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (29, 2);
INSERT INTO tablo_upgrade_fixture.l_50 VALUES (30, 3);


--
-- Data for Name: l_52; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.l_52 VALUES (1, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (2, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (3, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (4, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (5, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (6, 17);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (7, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (8, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (9, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (10, 28);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (11, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (12, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (13, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (14, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (15, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (16, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (17, 25);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (18, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (19, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (20, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (21, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (22, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (23, 17);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (24, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (25, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (26, 17);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (27, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (28, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (29, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (30, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (31, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (32, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (33, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (34, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (35, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (36, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (37, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (38, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (39, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (40, 3);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (41, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (42, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (43, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (44, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (45, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (46, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (47, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (48, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (49, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (50, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (51, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (52, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (53, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (54, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (55, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (56, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (57, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (58, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (59, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (60, 24);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (61, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (62, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (63, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (64, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (65, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (66, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (67, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (68, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (69, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (70, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (71, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (72, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (73, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (74, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (75, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (76, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (77, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (78, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (79, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (80, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (81, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (82, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (83, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (84, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (85, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (86, 3);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (87, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (88, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (89, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (90, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (91, 17);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (92, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (93, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (94, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (95, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (96, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (97, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (98, 24);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (99, 17);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (100, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (101, 17);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (102, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (103, 25);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (104, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (105, 23);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (106, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (107, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (108, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (109, 28);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (110, 24);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (111, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (112, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (113, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (114, 7);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (115, 23);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (116, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (117, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (118, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (119, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (120, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (121, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (122, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (123, 3);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (124, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (125, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (126, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (127, 28);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (128, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (129, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (130, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (131, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (132, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (133, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (134, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (135, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (136, 3);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (137, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (138, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (139, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (140, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (141, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (142, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (143, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (144, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (145, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (146, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (147, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (148, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (149, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (150, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (151, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (152, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (153, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (154, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (155, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (156, 24);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (157, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (158, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (159, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (160, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (161, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (162, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (163, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (164, 3);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (165, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (166, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (167, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (168, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (169, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (170, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (171, 25);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (172, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (173, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (174, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (175, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (176, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (177, 7);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (178, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (179, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (180, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (181, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (182, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (183, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (184, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (185, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (186, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (187, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (188, 28);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (189, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (190, 23);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (191, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (192, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (193, 17);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (194, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (195, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (196, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (197, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (198, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (199, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (200, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (201, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (202, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (203, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (204, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (205, 7);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (206, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (207, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (208, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (209, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (210, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (211, 24);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (212, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (213, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (214, 23);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (215, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (216, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (217, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (218, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (219, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (220, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (221, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (222, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (223, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (224, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (225, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (226, 24);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (227, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (228, 23);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (229, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (230, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (231, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (232, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (233, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (234, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (235, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (236, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (237, 8);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (238, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (239, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (240, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (241, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (242, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (243, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (244, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (245, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (246, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (247, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (248, 25);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (249, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (250, 1);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (251, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (252, 3);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (253, 21);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (254, 26);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (255, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (256, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (257, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (258, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (259, 23);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (260, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (261, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (262, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (263, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (264, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (265, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (266, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (267, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (268, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (269, 15);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (270, 3);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (271, 27);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (272, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (273, 25);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (274, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (275, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (276, 2);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (277, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (278, 29);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (279, 6);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (280, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (281, 13);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (282, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (283, 16);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (284, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (285, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (286, 18);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (287, 20);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (288, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (289, 11);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (290, 9);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (291, 14);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (292, 22);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (293, 19);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (294, 30);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (295, 12);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (296, 5);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (297, 28);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (298, 4);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (299, 10);
INSERT INTO tablo_upgrade_fixture.l_52 VALUES (300, 3);


--
-- Data for Name: l_54; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.l_54 VALUES (1, 1);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (2, 3);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (3, 5);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (4, 7);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (5, 9);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (6, 10);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (7, 11);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (8, 12);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (9, 13);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (10, 14);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (11, 15);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (12, 16);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (13, 17);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (14, 18);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (15, 19);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (16, 22);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (17, 24);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (18, 26);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (19, 27);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (20, 28);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (21, 29);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (22, 30);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (23, 31);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (24, 33);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (25, 34);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (26, 35);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (27, 36);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (28, 38);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (29, 39);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (30, 40);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (31, 41);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (32, 44);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (33, 45);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (34, 46);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (35, 49);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (36, 50);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (37, 51);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (38, 52);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (39, 53);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (40, 55);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (41, 56);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (42, 57);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (43, 58);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (44, 59);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (45, 60);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (46, 61);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (47, 65);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (48, 66);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (49, 67);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (50, 69);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (51, 71);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (52, 73);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (53, 74);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (54, 75);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (55, 76);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (56, 78);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (57, 79);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (58, 80);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (59, 81);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (60, 83);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (61, 84);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (62, 85);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (63, 86);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (64, 87);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (65, 88);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (66, 90);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (67, 91);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (68, 93);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (69, 94);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (70, 95);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (71, 98);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (72, 99);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (73, 100);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (74, 101);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (75, 102);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (76, 103);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (77, 104);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (78, 105);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (79, 106);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (80, 108);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (81, 110);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (82, 111);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (83, 112);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (84, 113);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (85, 114);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (86, 115);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (87, 116);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (88, 117);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (89, 118);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (90, 120);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (91, 121);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (92, 122);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (93, 124);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (94, 125);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (95, 127);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (96, 128);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (97, 129);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (98, 130);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (99, 131);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (100, 132);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (101, 134);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (102, 135);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (103, 136);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (104, 137);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (105, 138);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (106, 139);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (107, 140);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (108, 141);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (109, 143);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (110, 144);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (111, 145);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (112, 146);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (113, 149);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (114, 150);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (115, 153);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (116, 156);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (117, 157);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (118, 158);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (119, 159);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (120, 161);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (121, 162);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (122, 164);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (123, 166);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (124, 167);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (125, 169);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (126, 170);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (127, 171);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (128, 173);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (129, 174);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (130, 175);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (131, 176);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (132, 177);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (133, 178);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (134, 180);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (135, 182);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (136, 183);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (137, 184);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (138, 186);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (139, 187);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (140, 188);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (141, 189);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (142, 190);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (143, 191);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (144, 192);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (145, 193);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (146, 195);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (147, 196);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (148, 197);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (149, 198);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (150, 199);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (151, 200);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (152, 202);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (153, 203);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (154, 204);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (155, 205);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (156, 206);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (157, 207);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (158, 210);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (159, 211);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (160, 212);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (161, 213);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (162, 214);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (163, 215);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (164, 217);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (165, 218);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (166, 219);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (167, 220);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (168, 221);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (169, 223);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (170, 224);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (171, 225);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (172, 226);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (173, 227);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (174, 229);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (175, 232);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (176, 234);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (177, 235);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (178, 236);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (179, 237);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (180, 239);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (181, 240);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (182, 241);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (183, 242);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (184, 244);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (185, 246);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (186, 247);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (187, 248);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (188, 249);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (189, 250);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (190, 251);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (191, 252);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (192, 253);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (193, 255);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (194, 257);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (195, 258);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (196, 259);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (197, 260);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (198, 262);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (199, 263);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (200, 264);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (201, 266);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (202, 267);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (203, 269);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (204, 270);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (205, 271);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (206, 273);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (207, 274);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (208, 276);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (209, 277);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (210, 278);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (211, 279);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (212, 281);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (213, 283);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (214, 284);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (215, 285);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (216, 286);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (217, 287);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (218, 288);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (219, 290);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (220, 291);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (221, 292);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (222, 294);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (223, 295);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (224, 296);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (225, 298);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (226, 299);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (227, 300);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (228, 2);
INSERT INTO tablo_upgrade_fixture.l_54 VALUES (229, 3);


--
-- Data for Name: l_56; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.l_56 VALUES (1, 4);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (2, 6);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (3, 9);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (4, 13);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (5, 19);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (6, 31);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (7, 34);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (8, 40);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (9, 45);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (10, 47);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (11, 48);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (12, 49);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (13, 50);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (14, 52);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (15, 59);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (16, 63);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (17, 64);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (18, 65);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (19, 73);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (20, 77);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (21, 78);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (22, 84);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (23, 85);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (24, 90);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (25, 92);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (26, 102);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (27, 105);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (28, 108);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (29, 109);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (30, 115);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (31, 116);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (32, 118);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (33, 120);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (34, 122);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (35, 123);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (36, 124);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (37, 132);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (38, 138);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (39, 141);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (40, 143);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (41, 168);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (42, 174);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (43, 178);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (44, 179);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (45, 181);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (46, 183);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (47, 189);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (48, 191);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (49, 196);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (50, 200);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (51, 206);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (52, 207);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (53, 208);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (54, 211);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (55, 216);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (56, 223);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (57, 226);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (58, 232);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (59, 239);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (60, 245);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (61, 248);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (62, 251);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (63, 253);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (64, 262);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (65, 282);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (66, 283);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (67, 286);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (68, 292);
INSERT INTO tablo_upgrade_fixture.l_56 VALUES (69, 298);


--
-- Data for Name: login_attempts; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: notification_settings; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.notifications VALUES (1, 2, 1, 'mention', 1, '{"row_id": "0TrIt2lluK-SnaMy5XYFxw", "message": "Called the customer, promised to pay Friday", "row_name": "СЧ-2026-0001", "table_id": 3, "base_name": "Accounts receivable", "actor_name": "Olga Owner", "comment_id": 1, "table_name": "Invoices"}', '2026-12-07 00:28:21.345333', NULL, NULL);


--
-- Data for Name: retired_columns; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: row_changes; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1, 1, 1, 'Kj_oVovoEzI76bIFiOFwEA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (2, 1, 1, 'qUPUqoUjdB0BD_N4reenJg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (3, 1, 1, '0dp0EhnY_cycqdsCiKr7AA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (4, 1, 1, 'Af3mBgvBNbDJdvoP7gJPnQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (5, 1, 2, 'XPLtp9lOY6peNi67fiGofQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (6, 1, 2, 'JAhpoo55DCRi34mijk2pkQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (7, 1, 2, '2S5sq0yN1XZr1m99dxM5rg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (8, 1, 2, 'FFH1RX-AAwK_wUuOkSFAnQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (9, 1, 2, 'w0DOedfgBstcSIXT_z1URg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (10, 1, 2, 'd0MmMDp62sPvW5Nx1tW3VA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (11, 1, 2, 'SgGVD40Bk36m9K3ljah-_w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (12, 1, 2, 'M64qEdMamrfSNA1GTkwUrg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (13, 1, 2, 'KYbLieevA80Y-dr0lRLSrA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (14, 1, 2, 'UVcWG_FyWSEj4PKmyOS3mg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (15, 1, 2, 'pMMSjAmIcqWoatLXjQ_Z9w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (16, 1, 2, 'a7KdZGcBJwSCyYJOR_mY1A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (17, 1, 2, '_rccd15ELGIGdixvVWUDzQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (18, 1, 2, 'oqXV-KQ6BNG3Kg_393WvXQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (19, 1, 2, 'LQ-Qy9HD0bcecTAvIr1cZg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (20, 1, 2, 'q5sj4DcCpmfSNVLazkb7Zg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (21, 1, 2, 'Db3JQglmW9isy1Ef1Inozw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (22, 1, 2, 'wgrWHBmwVj737qFTogZpBw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (23, 1, 2, 'ZFx4HiF6uABUy3Y4rj8zNg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (24, 1, 2, 'V6u6257aY2F-1py4yw22VA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (25, 1, 2, 'h_3fQStmnY7mbAkhtuPsdA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (26, 1, 2, 'zmh2wEjnwZl00APHA6fi7g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (27, 1, 2, 'jeEGGs-9oeMtzp6JtGLDdA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (28, 1, 2, 'o9tjzfmKOoS8MqxozlC8Kg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (29, 1, 2, 'rCSkqBih5xHXTUl7kT8VFw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (30, 1, 2, 'L6Jkqp3LL2d6q3oW478r2g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (31, 1, 2, 'HZdx3yS7PPspwZNt0sQlNA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (32, 1, 2, 'gC5cKqV85BS318qGPeqm5Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (33, 1, 2, 'DgZjV3RDrTs-T2MZhXCYfA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (34, 1, 2, 'fRYhmEsmBtW5DhtJf1R2qg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (35, 1, 2, 'XPLtp9lOY6peNi67fiGofQ', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (36, 1, 2, 'JAhpoo55DCRi34mijk2pkQ', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (37, 1, 2, '2S5sq0yN1XZr1m99dxM5rg', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (38, 1, 2, 'FFH1RX-AAwK_wUuOkSFAnQ', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (39, 1, 2, 'w0DOedfgBstcSIXT_z1URg', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (40, 1, 2, 'd0MmMDp62sPvW5Nx1tW3VA', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (41, 1, 2, 'SgGVD40Bk36m9K3ljah-_w', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (42, 1, 2, 'M64qEdMamrfSNA1GTkwUrg', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (43, 1, 2, 'KYbLieevA80Y-dr0lRLSrA', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (44, 1, 2, 'UVcWG_FyWSEj4PKmyOS3mg', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (45, 1, 2, 'pMMSjAmIcqWoatLXjQ_Z9w', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (46, 1, 2, 'a7KdZGcBJwSCyYJOR_mY1A', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (47, 1, 2, '_rccd15ELGIGdixvVWUDzQ', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (48, 1, 2, 'oqXV-KQ6BNG3Kg_393WvXQ', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (49, 1, 2, 'LQ-Qy9HD0bcecTAvIr1cZg', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (50, 1, 2, 'q5sj4DcCpmfSNVLazkb7Zg', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (51, 1, 2, 'Db3JQglmW9isy1Ef1Inozw', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (52, 1, 2, 'wgrWHBmwVj737qFTogZpBw', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (53, 1, 2, 'ZFx4HiF6uABUy3Y4rj8zNg', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (54, 1, 2, 'V6u6257aY2F-1py4yw22VA', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (55, 1, 2, 'h_3fQStmnY7mbAkhtuPsdA', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (56, 1, 2, 'zmh2wEjnwZl00APHA6fi7g', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (57, 1, 2, 'jeEGGs-9oeMtzp6JtGLDdA', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (58, 1, 2, 'o9tjzfmKOoS8MqxozlC8Kg', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (59, 1, 2, 'rCSkqBih5xHXTUl7kT8VFw', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (60, 1, 2, 'L6Jkqp3LL2d6q3oW478r2g', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (61, 1, 2, 'HZdx3yS7PPspwZNt0sQlNA', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (62, 1, 2, 'gC5cKqV85BS318qGPeqm5Q', '{"op": "update", "cells": {"50": [null, ["Kj_oVovoEzI76bIFiOFwEA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (63, 1, 2, 'DgZjV3RDrTs-T2MZhXCYfA', '{"op": "update", "cells": {"50": [null, ["qUPUqoUjdB0BD_N4reenJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (64, 1, 2, 'fRYhmEsmBtW5DhtJf1R2qg', '{"op": "update", "cells": {"50": [null, ["0dp0EhnY_cycqdsCiKr7AA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (65, 1, 3, '0TrIt2lluK-SnaMy5XYFxw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (66, 1, 3, 'e096yrLdClJn9i7lfAsYew', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (67, 1, 3, 'VoouMuEAZDeiB0d33ftE8g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (68, 1, 3, 'jBbMwXkO77EMjHkdvE_bVA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (69, 1, 3, 'MlRw7j9HUaleLENFOFrFBg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (70, 1, 3, '8zpSucn1tIp1nWs4KEsyIQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (71, 1, 3, '_MCmIlWpvrD0HLsHxnklbg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (72, 1, 3, 'DOJZsZeiBK8L0cO-HQJVzg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (73, 1, 3, '3S1URnl-8730ddWMTgp1sg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (74, 1, 3, 'mzmoC16bxzILVaszU4WOpg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (75, 1, 3, 'd645sWHMfivkg9fQbOdGYw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (76, 1, 3, 'EcUnA0ekEHjOInEuR3VSwQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (77, 1, 3, 'ru2raWujQgQNFd9HaXhCvQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (78, 1, 3, 'ic5QtenTdn1C1adrJSIDpA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (79, 1, 3, '6rwOfFoUwcklfBy0IiESTg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (80, 1, 3, 'oJTSSc5skmsO-t5b_lkeiA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (81, 1, 3, 'vGUUSdxeuIIOLTSf74V53Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (82, 1, 3, '7k_sQTqtk3snSx-EH0G35Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (83, 1, 3, 'BV3y0CSYjqE90Hskda73mA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (84, 1, 3, 'nd8NIpUvAykPSYxgmNRMwA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (85, 1, 3, 'tKX_coSwd8bFhhA7sDHreQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (86, 1, 3, 'gA1yrd4_jSd7Ff7pKZHrIQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (87, 1, 3, 'Ohycdumfc-dkEEELg3SuDw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (88, 1, 3, '35A5u3vV_IG6ofEFEcQ_Pg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (89, 1, 3, 'dSrKOAFGfwKBhFZ-gfQPIg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (90, 1, 3, 'C-5Gbnf27S5VUTqOg0nR7w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (91, 1, 3, '5nNqZkeQi_1i8lfL2NJx9w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (92, 1, 3, 'oRoOcWuzVBvfcmlGKgcVkw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (93, 1, 3, '2LMjpkiBeTL91zCSqYG_HA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (94, 1, 3, 'DX-uIIC22tGcolRMCTMK3A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (95, 1, 3, 'nskF4Gr1bV1ytHHl5zqwwg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (96, 1, 3, 'Ku0tydEuKdh01pJJTBcOuA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (97, 1, 3, 'ekFmwdgaPyxpr1PWPINK5w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (98, 1, 3, 'qi6rLw0wAMksCzN1dV3MjA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (99, 1, 3, 'LiAYh20ndJZHQKUVPF1Q0A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (100, 1, 3, '5wK-MMYWBhzx8mI6VfbIhA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (101, 1, 3, 'i_LUMPOX6dIjU11M0HSDKA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (102, 1, 3, '6IKhXtnHs27_gyx6y0zqLg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (103, 1, 3, 'P0MZlSMpYos9DrAu-aOT_w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (104, 1, 3, 'uPBdO5nTc2U2fn76SeH2Pg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (105, 1, 3, 'mHe9152Xat0d4pIT8qGcAA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (106, 1, 3, 'B-4P2u1ntMSB5owqQLjJng', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (107, 1, 3, 'HNf1lhdTmRgV6__Vpra_Kg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (108, 1, 3, 'wGBWNpD72JnCeVTrMLO8CA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (109, 1, 3, 'bweXQ3sIcAa_qBE8pE5MLA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (110, 1, 3, 'YoRUWiexnIRMqENK-OK5Xw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (111, 1, 3, '0oxvWU_XvF9jJohXgOAfDg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (112, 1, 3, 'DJD0GKLa6Ga64ntbr8v1wg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (113, 1, 3, 'l484zpjE4JxLX741-p6Lhg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (114, 1, 3, 'pdDSpC5F7rB5swiUBpP7_A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (115, 1, 3, 'VqXRrsABCAFXSPxJSj104A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (116, 1, 3, 'W4eBMCmTpmk9Pc5mJB-nYQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (117, 1, 3, 'zYPTcBoAmKKSbUG1GcXcBg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (118, 1, 3, 'rlI75qdMFSEmOPMf9gtAXg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (119, 1, 3, 'AMgozNnTP8FZ2MF2hWamWg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (120, 1, 3, 'A_iGJjLbgLqUhe4QvSn_pw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (121, 1, 3, 'sGLTQbt3Sl0R9JopM92PQw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (122, 1, 3, 'UVZT6wrePiefz3LoplPbDA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (123, 1, 3, 's_PcB3ZzGL_hLMqb0kAjOQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (124, 1, 3, 'xCDKODofdlQFWpmnLDnLeg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (125, 1, 3, 'cbd2oMZPi2h5u7t67SED2A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (126, 1, 3, 'BMErYZvKIx5FQK9Lh3NO9g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (127, 1, 3, 'uUKyOGvlRc74MrKj6E0GcA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (128, 1, 3, 'dESSp5RcCK6xb_8aPOFPUg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (129, 1, 3, '0Yt_G0pnDF7EO3cvYmD5lA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (130, 1, 3, 'bNT9hC-GH0ghNdQAKybdhw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (131, 1, 3, 'EYvd8_qtPnZ0gcPNi5S8Fg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (132, 1, 3, 'jGjbO7IhIUwD5CphY9IWYQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (133, 1, 3, 'A-lgbQaIRrw7Wm1RS6kesg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (134, 1, 3, 'Hb5lUsTBEK0A36ofRg1Wdg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (135, 1, 3, 'djkyux2HXRvEJbib9FK01A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (136, 1, 3, '_3akoUxWituXmw-7zkrUDA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (137, 1, 3, 'yJJUwNa2O9r7qAzCOv5Qww', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (138, 1, 3, 'MU8kKqa9Dts17xTjNDOizw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (139, 1, 3, '9V0d7PeWjr8n8z26fWdxFQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (140, 1, 3, '4Ack8aidXCdD_1AB8nqQmQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (141, 1, 3, 'HsfHRmAPuJsM85i_5m99CQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (142, 1, 3, 'MwlYNAVqO4WZHFM13Nz-Sw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (143, 1, 3, 'RNihRArof0ESGb3bHQixOw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (144, 1, 3, '2_CHVGf0OE8lSh4TLMyZbA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (145, 1, 3, 'nJgzjrSWL94LHU8UV3RbAQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (146, 1, 3, '_HhzpeEHbfBmkxgmp1at4w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (147, 1, 3, '-jGoSCzx34LwHZSUD44SYQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (148, 1, 3, 'JL-pKt7x3XtFbJEjI4WqKw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (149, 1, 3, 'kuE1QIt6rG7QaG-kgjrC5A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (150, 1, 3, 'azw_8LGQ2RhMB7aASMrwkg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (151, 1, 3, 'wE1oK4g2Q1GO0vNS5j5Niw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (152, 1, 3, '3V2DXXl1WB49k-98qj9WGg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (153, 1, 3, 'kS4ETW0VUMaJ82J52tb7hg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (154, 1, 3, 'HIGX1OhOXPP1-ZyxE4b6dQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (155, 1, 3, 'fHAOKhF1Yv2IRN4kgXhIWg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (156, 1, 3, 'fuQFvfo2yc8_atH5l75kUg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (157, 1, 3, 'BwISaRZNPbGOHPwpxhnZ2A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (158, 1, 3, '2Z754mXlXZC5aiWnZb4crQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (159, 1, 3, 'pf_g3_7I4wsfXjQ6BRaP_A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (160, 1, 3, 'R-LyelNE2X8s1bmJfnGkAQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (161, 1, 3, 'k4pIUmUV03jjLuxC_4Q0ow', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (162, 1, 3, 'xE_vnXNRVojrsBRHh9pKoQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (163, 1, 3, '_IV5IjnKoX8aV1FdunLIAQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (164, 1, 3, '8Fva8yLmsMhf_3wbO1fhkQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (165, 1, 3, 'XpeU0kpHqmyp4m3DkwbbpA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (166, 1, 3, 'bl-7mFxuZ4Gx71HtTqA4Vw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (167, 1, 3, 'xg50XEX7BJA0R-SYFuYV2w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (168, 1, 3, 'GN-wXYpoka5FIxo7-xGWjQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (169, 1, 3, '_Tgrw-k48IIHcUEN1jyZ8g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (170, 1, 3, 'qv56sP_0Nvz4DHZjGZjh6Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (171, 1, 3, '2WE6X_tR08oY-H9eGJP-eQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (172, 1, 3, 'XQU_BV6uzUCVVHXTPbrpyw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (173, 1, 3, 'RnJwxOs-HRo3QP124KrJNw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (174, 1, 3, 'bqdIjcJV5hMJEwaODXR8lw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (175, 1, 3, 'PqtlqxQTFWZ1BXtYeIoTkQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (176, 1, 3, 'QkcjKBsvKP9LmdxMyFMsCg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (177, 1, 3, 'Lk7EGb4r9RpNWdxJfmwKyA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (178, 1, 3, 'GH-7DlO6ogvCIAwblQJD6w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (179, 1, 3, 'hkycdUJ54LZOIUJ7H-aJCA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (180, 1, 3, 'rIQtwtULIZ9y6bTwoiKGpw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (181, 1, 3, 'rDZszZDrUqUXIH4drkTQNg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (182, 1, 3, 'JVz-PeK8WnQy-k-JwmDnIA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (183, 1, 3, 'W6izIkHfR6Vej3X3LJRsLg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (184, 1, 3, 'aaI4C_BKaqMQLjM4pd3rWA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (185, 1, 3, 'Cy7AMPZbq0E771kdoV7lCQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (186, 1, 3, 'ZL55FtPn8h3uFIuUq8bT_g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (187, 1, 3, 'S9D35X3FAxPP5pUgFm696A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (188, 1, 3, '9aCI0qqE76WZRrWsIrDD3w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (189, 1, 3, 'wQHjZkZOc1GqXY5l5leqPA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (190, 1, 3, 'Ab7mYP6F1_wyRC0ArNXgPw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (191, 1, 3, 'q60dLxmu7krF91w5eS9mgQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (192, 1, 3, 'Ok3fh1TCT4ax7yXkeYBiWA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (193, 1, 3, 'akFLXyjz2X4EJwa_pGHQnw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (194, 1, 3, 'TmD7UGxFMCCYdRhruaJZrA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (195, 1, 3, '1NucB-tYLWugK43HaUrv2Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (196, 1, 3, 'ZAyRadlPAvF2IIsvpDFOmw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (197, 1, 3, 'DOHJKbIP6VvmrqVvI_5kyw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (198, 1, 3, 'SB9fNesKzftPOpedhaSnFg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (199, 1, 3, 'IufcdcorjOBbht5abar0Eg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (200, 1, 3, 'h83-4eN8B0_Prer-hZxh5w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (201, 1, 3, 'u67vkz2uuUuiQ89kLtqbXw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (202, 1, 3, 'G-OOrhPPpIugrLjAIoRgSA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (203, 1, 3, '3kmGM3pzfPuDUgquEU1nKw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (204, 1, 3, 'xuxg1SWs4sQtRc2EcjdCrw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (205, 1, 3, '9D289PsK1J416A1qdSsdsg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (206, 1, 3, 'DOyc0b9AvqC-BPTMm66_2A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (207, 1, 3, 'cK2u3ajkgMwDcVsnaKnzbg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (208, 1, 3, 'KAurHTDqxco5XLLO-CEjUQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (209, 1, 3, 'uhXx7AcHYcZMWtT7T1JObw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (210, 1, 3, '-icUtey1OXPL7z0M8cgS2w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (211, 1, 3, 'fLaJ3FFDYnhk674AiPe8ZQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (212, 1, 3, 'pUAl3YKnVBCqEaBM7ZR8xQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (213, 1, 3, 'Vc5Ef-ix7lnZWfS0U1_L4A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (214, 1, 3, 'vRzh_eE7zHjVUnf3mG3rfA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (215, 1, 3, 'ZGrleXgdDARRdqIrW4-eQw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (216, 1, 3, 'VpLfay2naB9jlV8WTTzxTQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (217, 1, 3, 'wBpT9b0Twvi1L0Nl3rN_AQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (218, 1, 3, 'Fkh5OTPuRezk7al2znfhtQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (219, 1, 3, 'NTbW0VLaBAnNSPSNpUMjIw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (220, 1, 3, 'r9LAJZSJMdBPuMjXJDsAvQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (221, 1, 3, '2WhqIPzTF-PyspG4TMwBkQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (222, 1, 3, 'LOhh0eGT1w1KgyYNrJiMOw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (223, 1, 3, 'cn4jNGiEaX6mko6epIbBcg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (224, 1, 3, 'bSMlFIwQI5OdFj7sMjQ6aQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (225, 1, 3, 'DpkRd88qid1aIj8KtQuc2Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (226, 1, 3, 'YkC5Yzi44sJxwi6EY-B6Kg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (227, 1, 3, 'DSwr7CUZTizwFeihW-tclA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (228, 1, 3, '_aTw37hL2CmgqbuZsAazSg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (229, 1, 3, 'swWN5ESznFZzz_Agt6ENNg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (230, 1, 3, 'hxrZUkRB9gSyxXndxNyRXA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (231, 1, 3, 'RxJwo-y9RkK0E_DMViZAhQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (232, 1, 3, 'Q6x_JEzatcuP2RZtZZ6ykQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (233, 1, 3, '_nbfqdfiZfun7dKIgTry2Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (234, 1, 3, 'HwBuOa9tEgsMMCwqvPxydA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (235, 1, 3, 'le79EqGrVGgoGNXSy9s-hA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (236, 1, 3, '4Tygk0XXzo0agUcs4ZrcqQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (237, 1, 3, 'O-Dc_ZZeaxo_gOojTQNBfA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (238, 1, 3, 'YTywmZ-ooKySJhMddYbpRA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (239, 1, 3, 'IKqNqh_g2IuOQ8V8246sPQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (240, 1, 3, 'ijRWvgpd0wRIb35LjDDNxw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (241, 1, 3, 'wYVHpqcTd-yzs23m2N6bDw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (242, 1, 3, 'CjLXUs_aTxXsQZDW6ANucQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (243, 1, 3, 'bfBm03h0X6t71ZFUdhdtqw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (244, 1, 3, 'Eb1Symc1p3Yg2lTAPzDmWA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (245, 1, 3, '6NNNswSIzHGg_stIUAS6kQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (246, 1, 3, '0o_S1BRby8E5NaUX2ehqvA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (247, 1, 3, 'yl_xqZFszCH4b-cSpa453A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (248, 1, 3, 'gCxrAsejQ3qhfu5OsmeFtA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (249, 1, 3, 'IvmwOVjvwMvkVtka8xD1EA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (250, 1, 3, 'y3OZfNaq4ajcMhv-c92mAw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (251, 1, 3, 'ObmCww1U9qWcNtXBNgAaxA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (252, 1, 3, 'F_JwWPnUpOcilxlC6IO7Kg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (253, 1, 3, 'QbbNlrZJ0qEMV9onetdCkQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (254, 1, 3, 'ysaiyFCOIAsuMMl80L9UJg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (255, 1, 3, 'MOonKX19mgAhhe7wVC3x_Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (256, 1, 3, 'bJt0YjrT6GLM-2EMsG5bTw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (257, 1, 3, 'sLvet5P8FsQxQFhucvyL0A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (258, 1, 3, '9uk9VYglO1717GiwIp5EJg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (259, 1, 3, 'FdxItG45DwWh_6_GXLzVYg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (260, 1, 3, 'wHQn0g-j7vFRvLr7EN9zqQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (261, 1, 3, 'cCoTqU9c95YdTo_uTfc-lQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (262, 1, 3, 'xcyMbzDV7MTIJeIOWm9fxQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (263, 1, 3, 'R1WSwDwD4RDp0gML2y3NIA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (264, 1, 3, 'vdHIfQksbcYUhjbEmqiSfQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (265, 1, 3, 'vW7gAZTTg_X4ouHX_BYuJQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (266, 1, 3, 'Up4ftDr_2U689U5Q4UsqsQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (267, 1, 3, 'YrFyT1XrN6Rq5OIpq41l4A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (268, 1, 3, 'BGRFWHuRcfE6xPfZQuUc-w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (269, 1, 3, 'dtXP31j1um4_z9I4K6MWcg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (270, 1, 3, 'WRmnkkSQi_g59Rcaq6-ceA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (271, 1, 3, '7pVxGbMwoqwCPSxX2DH3vw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (272, 1, 3, 'Yn6zBGTJaBsltonWpCzUOw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (273, 1, 3, 'Cry5lGnauAFjujx3k78ddQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (274, 1, 3, 'QvsUWHoihzsAxxExCfvUDQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (275, 1, 3, '-Sj4F6SvHaZKGcEXVZmtDQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (276, 1, 3, 'JTLNx_sN68qC-mkDXYN6dQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (277, 1, 3, 'EZbWpXREYZ-YRzT-eGujgA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (278, 1, 3, 'vQqj1NfhFnnPnDQrHlX6Jw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (279, 1, 3, 'coVSvT9inSrIOEh3vDhRjQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (280, 1, 3, '47tPgioczxXnQS2SSodxew', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (281, 1, 3, '0V4nTjrNykxiRI3hQJYqhg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (282, 1, 3, 'oq_2USM_x1TpqfdXbLae9Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (283, 1, 3, 'hC6JA_eY4mVfizR2AX6ISg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (284, 1, 3, '5Tdlpiez9MuXD8HfFi4ToQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (285, 1, 3, '0fGASmqNCY6DDSm9m8WzQQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (286, 1, 3, 'x6enpMaxj21knf-u7LiGig', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (287, 1, 3, '75n7Zz_EXJ-RlKe2ubzUzA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (288, 1, 3, '7Ve7oUPvNUJnHVvOCa2S0Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (289, 1, 3, 'YIoy8neCb-ijv0JwLt6dPA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (290, 1, 3, 'SfTQ_Xps7Y3DYECOzPN9kw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (291, 1, 3, 'tw7h7ttMStMAxg8ve4xTaQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (292, 1, 3, 'oj8iPM3TKRCD9MA-Y4g__A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (293, 1, 3, 'eCMcPOZFscjSnXWzGtnFMg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (294, 1, 3, 'D_0-paO9nl1Bmq7fea1L5A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (295, 1, 3, 'zt52WtWJFGnfKyhAwLo03A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (296, 1, 3, '8sCYtofS1iPeFmlt6xFIBQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (297, 1, 3, 'PLIXy9G-cN0TF-K8Dk08_w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (298, 1, 3, '6Aza39TQ9EJG_cufnHy-bA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (299, 1, 3, 'wbUQnAm862mUQ3D8Txjs1w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (300, 1, 3, 'xt9-Jaup9yAyW76901IHww', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (301, 1, 3, 'IUeKBv5uv0hr2Y-8uG3mqw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (302, 1, 3, 'rUFFcnp_DVWcCEuhPucAvQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (303, 1, 3, '2kdKFJmRvHhF1XwAeXv6kA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (304, 1, 3, 'M8BuTfBXtKw5gNY7DRxqeA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (305, 1, 3, 'EUHiCLSQCUtUtaLWsA6oCw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (306, 1, 3, 'I2Sp1MYsUyGkDeB_sB0bww', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (307, 1, 3, '8O5iZDM6vICHrZxVpZm9iA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (308, 1, 3, '3SgFj95CML_Gz--8moFAcQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (309, 1, 3, 'TBP-NU3UQvNbCAPFgylzmQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (310, 1, 3, '2Dqd7rpO6FsWFEy-WYP9Mw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (311, 1, 3, 'RuUDnEsQjS_3GhCZ1lLLqw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (312, 1, 3, 'vWBRkRjlDHSCc2bLsalXtg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (313, 1, 3, 'Ux4QfLL9Um9Rsh2ISq9ujw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (314, 1, 3, 'TSI4ljg8UtaAwNB4jndwgw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (315, 1, 3, 'xKJEIhqQy93HtN4BpLq2wQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (316, 1, 3, 'Q-CEoruWKMrERGp7qquIiQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (317, 1, 3, 'Rp4PIcL1hICaE7xoXRErXA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (318, 1, 3, '2_9wIW7nONvZh59EerBTow', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (319, 1, 3, 'I2UncNtGV2kd6zeYma7XgQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (320, 1, 3, 'LF6FL6hM6HSxYQRFZIyJVw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (321, 1, 3, 'qDAb5LIOAo-7AGJhMQs0pw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (322, 1, 3, 'sgtWV54MilZSSyGSP1Jnfw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (323, 1, 3, 'qI_nTdE0uKv1x1IoFen5Wg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (324, 1, 3, 'Up9E7v_vjLiyuia3uED-3Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (325, 1, 3, 'pIYNjHNgDdkrcb-XROCMIA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (326, 1, 3, 'S6Imk9CruqEfJl9Cx7kjwg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (327, 1, 3, 'v0VWmghBK_B2Z81LOxk2hw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (328, 1, 3, 'H3JMyiWbqUJAb5ucI-p21w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (329, 1, 3, 'hHYTuIqZNwHsCdQ1wP3Mfw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (330, 1, 3, 'QEHGrnBDNA4Qm5c7u3qaeA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (331, 1, 3, 'F7QQqRXs07SXG_YMI8pxaw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (332, 1, 3, 'VaY4a6fB31qKPQISsOmYrQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (333, 1, 3, 'j__3nTqQRKvbY7NaiY-L2g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (334, 1, 3, 'igWqdBO8oDu6Zfix59x__Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (335, 1, 3, 'SbWLBc8AHwGOu5rGWU8uyA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (336, 1, 3, 'u0VPWoUZtiEowsTYP5DxKw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (337, 1, 3, 'zW_3F37HMhLN428QJP6IFw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (338, 1, 3, 'VLVN17qPeecDUFLu_3Qa-w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (339, 1, 3, 'alDc9L5TUBsvX1Coq6t20g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (340, 1, 3, 'Akyrx-m5eRhRLCZjJVnbsg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (341, 1, 3, '2EeEWUu4MhOeuOd7VSTLiw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (342, 1, 3, 'f35YXv_VZLhzOpap0Ucdig', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (343, 1, 3, 'UmMWp7GDs1LLPCBnNpaUrw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (344, 1, 3, 'PZDldC_19VR8OiJvqnN63g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (345, 1, 3, 'ZZHbDCfs5jA_4Eb5XES7rw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (346, 1, 3, 'dOxUSFLTNPdf4iKQ_3q9VQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (347, 1, 3, '7HYsXyHbZ6llqBYTxt8AxA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (348, 1, 3, '4OGbHw3z8LUSrW344VWpWg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (349, 1, 3, 'lHmA1sNqdKJffy7KYaZDqA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (350, 1, 3, 'zPrk0lLSWHGWaGazJp2iKQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (351, 1, 3, 'np24isMJcxaHdrhr2dl0YA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (352, 1, 3, 'drtzrfVJigYL_wrzkUhZCw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (353, 1, 3, 'mCis3Lqj2NBqU3YCrJz5Tg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (354, 1, 3, 'k4s8eFDPuh8P5RJ1VoYUew', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (355, 1, 3, 'dKj_8MewxItz5STNre0Z3w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (356, 1, 3, '-sHj5S3t6PU1hGn5mP7KQQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (357, 1, 3, 'fjkHUNmRMUnxxm6mFahRZA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (358, 1, 3, 'EgAhRF74eCt29llGbxjzCg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (359, 1, 3, 'rTz9ZCAEgt6TFvJIFNdPgg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (360, 1, 3, 'IVLUIg2MJTM466toYRhRwA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (361, 1, 3, 'f0MIO5YLf2WRC3cm-qDThQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (362, 1, 3, 'fwIXArNAPsiQ9hJU8G4a0w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (363, 1, 3, '8oxcVCq-fvE_Cn64q7MhSQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (364, 1, 3, 'ZfNu4eQ3ZG6coaDlQ8FbFA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (365, 1, 3, '0TrIt2lluK-SnaMy5XYFxw', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (366, 1, 3, 'e096yrLdClJn9i7lfAsYew', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (367, 1, 3, 'VoouMuEAZDeiB0d33ftE8g', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (368, 1, 3, 'jBbMwXkO77EMjHkdvE_bVA', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (369, 1, 3, 'MlRw7j9HUaleLENFOFrFBg', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (370, 1, 3, '8zpSucn1tIp1nWs4KEsyIQ', '{"op": "update", "cells": {"52": [null, ["Db3JQglmW9isy1Ef1Inozw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (371, 1, 3, '_MCmIlWpvrD0HLsHxnklbg', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (372, 1, 3, 'DOJZsZeiBK8L0cO-HQJVzg', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (373, 1, 3, '3S1URnl-8730ddWMTgp1sg', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (374, 1, 3, 'mzmoC16bxzILVaszU4WOpg', '{"op": "update", "cells": {"52": [null, ["gC5cKqV85BS318qGPeqm5Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (375, 1, 3, 'd645sWHMfivkg9fQbOdGYw', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (376, 1, 3, 'EcUnA0ekEHjOInEuR3VSwQ', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (377, 1, 3, 'ru2raWujQgQNFd9HaXhCvQ', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (378, 1, 3, 'ic5QtenTdn1C1adrJSIDpA', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (379, 1, 3, '6rwOfFoUwcklfBy0IiESTg', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (380, 1, 3, 'oJTSSc5skmsO-t5b_lkeiA', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (381, 1, 3, 'vGUUSdxeuIIOLTSf74V53Q', '{"op": "update", "cells": {"52": [null, ["rCSkqBih5xHXTUl7kT8VFw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (382, 1, 3, '7k_sQTqtk3snSx-EH0G35Q', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (383, 1, 3, 'BV3y0CSYjqE90Hskda73mA', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (384, 1, 3, 'nd8NIpUvAykPSYxgmNRMwA', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (385, 1, 3, 'tKX_coSwd8bFhhA7sDHreQ', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (386, 1, 3, 'gA1yrd4_jSd7Ff7pKZHrIQ', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (387, 1, 3, 'Ohycdumfc-dkEEELg3SuDw', '{"op": "update", "cells": {"52": [null, ["Db3JQglmW9isy1Ef1Inozw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (388, 1, 3, '35A5u3vV_IG6ofEFEcQ_Pg', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (389, 1, 3, 'dSrKOAFGfwKBhFZ-gfQPIg', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (390, 1, 3, 'C-5Gbnf27S5VUTqOg0nR7w', '{"op": "update", "cells": {"52": [null, ["Db3JQglmW9isy1Ef1Inozw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (391, 1, 3, '5nNqZkeQi_1i8lfL2NJx9w', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (392, 1, 3, 'oRoOcWuzVBvfcmlGKgcVkw', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (393, 1, 3, '2LMjpkiBeTL91zCSqYG_HA', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (394, 1, 3, 'DX-uIIC22tGcolRMCTMK3A', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (395, 1, 3, 'nskF4Gr1bV1ytHHl5zqwwg', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (396, 1, 3, 'Ku0tydEuKdh01pJJTBcOuA', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (397, 1, 3, 'ekFmwdgaPyxpr1PWPINK5w', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (398, 1, 3, 'qi6rLw0wAMksCzN1dV3MjA', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (399, 1, 3, 'LiAYh20ndJZHQKUVPF1Q0A', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (400, 1, 3, '5wK-MMYWBhzx8mI6VfbIhA', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (401, 1, 3, 'i_LUMPOX6dIjU11M0HSDKA', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (402, 1, 3, '6IKhXtnHs27_gyx6y0zqLg', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (403, 1, 3, 'P0MZlSMpYos9DrAu-aOT_w', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (404, 1, 3, 'uPBdO5nTc2U2fn76SeH2Pg', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (405, 1, 3, 'mHe9152Xat0d4pIT8qGcAA', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (406, 1, 3, 'B-4P2u1ntMSB5owqQLjJng', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (407, 1, 3, 'HNf1lhdTmRgV6__Vpra_Kg', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (408, 1, 3, 'wGBWNpD72JnCeVTrMLO8CA', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (409, 1, 3, 'bweXQ3sIcAa_qBE8pE5MLA', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (410, 1, 3, 'YoRUWiexnIRMqENK-OK5Xw', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (411, 1, 3, '0oxvWU_XvF9jJohXgOAfDg', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (412, 1, 3, 'DJD0GKLa6Ga64ntbr8v1wg', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (413, 1, 3, 'l484zpjE4JxLX741-p6Lhg', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (414, 1, 3, 'pdDSpC5F7rB5swiUBpP7_A', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (415, 1, 3, 'VqXRrsABCAFXSPxJSj104A', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (416, 1, 3, 'W4eBMCmTpmk9Pc5mJB-nYQ', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (417, 1, 3, 'zYPTcBoAmKKSbUG1GcXcBg', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (418, 1, 3, 'rlI75qdMFSEmOPMf9gtAXg', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (419, 1, 3, 'AMgozNnTP8FZ2MF2hWamWg', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (420, 1, 3, 'A_iGJjLbgLqUhe4QvSn_pw', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (421, 1, 3, 'sGLTQbt3Sl0R9JopM92PQw', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (422, 1, 3, 'UVZT6wrePiefz3LoplPbDA', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (423, 1, 3, 's_PcB3ZzGL_hLMqb0kAjOQ', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (424, 1, 3, 'xCDKODofdlQFWpmnLDnLeg', '{"op": "update", "cells": {"52": [null, ["o9tjzfmKOoS8MqxozlC8Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (425, 1, 3, 'cbd2oMZPi2h5u7t67SED2A', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (426, 1, 3, 'BMErYZvKIx5FQK9Lh3NO9g', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (427, 1, 3, 'uUKyOGvlRc74MrKj6E0GcA', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (428, 1, 3, 'dESSp5RcCK6xb_8aPOFPUg', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (429, 1, 3, '0Yt_G0pnDF7EO3cvYmD5lA', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (430, 1, 3, 'bNT9hC-GH0ghNdQAKybdhw', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (431, 1, 3, 'EYvd8_qtPnZ0gcPNi5S8Fg', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (432, 1, 3, 'jGjbO7IhIUwD5CphY9IWYQ', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (433, 1, 3, 'A-lgbQaIRrw7Wm1RS6kesg', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (434, 1, 3, 'Hb5lUsTBEK0A36ofRg1Wdg', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (435, 1, 3, 'djkyux2HXRvEJbib9FK01A', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (436, 1, 3, '_3akoUxWituXmw-7zkrUDA', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (437, 1, 3, 'yJJUwNa2O9r7qAzCOv5Qww', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (438, 1, 3, 'MU8kKqa9Dts17xTjNDOizw', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (439, 1, 3, '9V0d7PeWjr8n8z26fWdxFQ', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (440, 1, 3, '4Ack8aidXCdD_1AB8nqQmQ', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (441, 1, 3, 'HsfHRmAPuJsM85i_5m99CQ', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (442, 1, 3, 'MwlYNAVqO4WZHFM13Nz-Sw', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (443, 1, 3, 'RNihRArof0ESGb3bHQixOw', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (444, 1, 3, '2_CHVGf0OE8lSh4TLMyZbA', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (445, 1, 3, 'nJgzjrSWL94LHU8UV3RbAQ', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (446, 1, 3, '_HhzpeEHbfBmkxgmp1at4w', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (447, 1, 3, '-jGoSCzx34LwHZSUD44SYQ', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (448, 1, 3, 'JL-pKt7x3XtFbJEjI4WqKw', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (449, 1, 3, 'kuE1QIt6rG7QaG-kgjrC5A', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (450, 1, 3, 'azw_8LGQ2RhMB7aASMrwkg', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (451, 1, 3, 'wE1oK4g2Q1GO0vNS5j5Niw', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (452, 1, 3, '3V2DXXl1WB49k-98qj9WGg', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (453, 1, 3, 'kS4ETW0VUMaJ82J52tb7hg', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (454, 1, 3, 'HIGX1OhOXPP1-ZyxE4b6dQ', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (455, 1, 3, 'fHAOKhF1Yv2IRN4kgXhIWg', '{"op": "update", "cells": {"52": [null, ["Db3JQglmW9isy1Ef1Inozw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (456, 1, 3, 'fuQFvfo2yc8_atH5l75kUg', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (457, 1, 3, 'BwISaRZNPbGOHPwpxhnZ2A', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (458, 1, 3, '2Z754mXlXZC5aiWnZb4crQ', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (459, 1, 3, 'pf_g3_7I4wsfXjQ6BRaP_A', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (460, 1, 3, 'R-LyelNE2X8s1bmJfnGkAQ', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (461, 1, 3, 'k4pIUmUV03jjLuxC_4Q0ow', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (462, 1, 3, 'xE_vnXNRVojrsBRHh9pKoQ', '{"op": "update", "cells": {"52": [null, ["o9tjzfmKOoS8MqxozlC8Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (463, 1, 3, '_IV5IjnKoX8aV1FdunLIAQ', '{"op": "update", "cells": {"52": [null, ["Db3JQglmW9isy1Ef1Inozw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (464, 1, 3, '8Fva8yLmsMhf_3wbO1fhkQ', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (465, 1, 3, 'XpeU0kpHqmyp4m3DkwbbpA', '{"op": "update", "cells": {"52": [null, ["Db3JQglmW9isy1Ef1Inozw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (466, 1, 3, 'bl-7mFxuZ4Gx71HtTqA4Vw', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (467, 1, 3, 'xg50XEX7BJA0R-SYFuYV2w', '{"op": "update", "cells": {"52": [null, ["rCSkqBih5xHXTUl7kT8VFw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (468, 1, 3, 'GN-wXYpoka5FIxo7-xGWjQ', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (469, 1, 3, '_Tgrw-k48IIHcUEN1jyZ8g', '{"op": "update", "cells": {"52": [null, ["jeEGGs-9oeMtzp6JtGLDdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (470, 1, 3, 'qv56sP_0Nvz4DHZjGZjh6Q', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (471, 1, 3, '2WE6X_tR08oY-H9eGJP-eQ', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (472, 1, 3, 'XQU_BV6uzUCVVHXTPbrpyw', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (473, 1, 3, 'RnJwxOs-HRo3QP124KrJNw', '{"op": "update", "cells": {"52": [null, ["gC5cKqV85BS318qGPeqm5Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (474, 1, 3, 'bqdIjcJV5hMJEwaODXR8lw', '{"op": "update", "cells": {"52": [null, ["o9tjzfmKOoS8MqxozlC8Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (475, 1, 3, 'PqtlqxQTFWZ1BXtYeIoTkQ', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (476, 1, 3, 'QkcjKBsvKP9LmdxMyFMsCg', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (477, 1, 3, 'Lk7EGb4r9RpNWdxJfmwKyA', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (478, 1, 3, 'GH-7DlO6ogvCIAwblQJD6w', '{"op": "update", "cells": {"52": [null, ["SgGVD40Bk36m9K3ljah-_w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (479, 1, 3, 'hkycdUJ54LZOIUJ7H-aJCA', '{"op": "update", "cells": {"52": [null, ["jeEGGs-9oeMtzp6JtGLDdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (480, 1, 3, 'rIQtwtULIZ9y6bTwoiKGpw', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (481, 1, 3, 'rDZszZDrUqUXIH4drkTQNg', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (482, 1, 3, 'JVz-PeK8WnQy-k-JwmDnIA', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (483, 1, 3, 'W6izIkHfR6Vej3X3LJRsLg', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (484, 1, 3, 'aaI4C_BKaqMQLjM4pd3rWA', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (485, 1, 3, 'Cy7AMPZbq0E771kdoV7lCQ', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (486, 1, 3, 'ZL55FtPn8h3uFIuUq8bT_g', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (487, 1, 3, 'S9D35X3FAxPP5pUgFm696A', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (488, 1, 3, '9aCI0qqE76WZRrWsIrDD3w', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (489, 1, 3, 'wQHjZkZOc1GqXY5l5leqPA', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (490, 1, 3, 'Ab7mYP6F1_wyRC0ArNXgPw', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (491, 1, 3, 'q60dLxmu7krF91w5eS9mgQ', '{"op": "update", "cells": {"52": [null, ["gC5cKqV85BS318qGPeqm5Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (492, 1, 3, 'Ok3fh1TCT4ax7yXkeYBiWA', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (493, 1, 3, 'akFLXyjz2X4EJwa_pGHQnw', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (494, 1, 3, 'TmD7UGxFMCCYdRhruaJZrA', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (495, 1, 3, '1NucB-tYLWugK43HaUrv2Q', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (496, 1, 3, 'ZAyRadlPAvF2IIsvpDFOmw', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (497, 1, 3, 'DOHJKbIP6VvmrqVvI_5kyw', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (498, 1, 3, 'SB9fNesKzftPOpedhaSnFg', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (499, 1, 3, 'IufcdcorjOBbht5abar0Eg', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (500, 1, 3, 'h83-4eN8B0_Prer-hZxh5w', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (501, 1, 3, 'u67vkz2uuUuiQ89kLtqbXw', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (502, 1, 3, 'G-OOrhPPpIugrLjAIoRgSA', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (503, 1, 3, '3kmGM3pzfPuDUgquEU1nKw', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (504, 1, 3, 'xuxg1SWs4sQtRc2EcjdCrw', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (505, 1, 3, '9D289PsK1J416A1qdSsdsg', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (506, 1, 3, 'DOyc0b9AvqC-BPTMm66_2A', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (507, 1, 3, 'cK2u3ajkgMwDcVsnaKnzbg', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (508, 1, 3, 'KAurHTDqxco5XLLO-CEjUQ', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (509, 1, 3, 'uhXx7AcHYcZMWtT7T1JObw', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (510, 1, 3, '-icUtey1OXPL7z0M8cgS2w', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (511, 1, 3, 'fLaJ3FFDYnhk674AiPe8ZQ', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (512, 1, 3, 'pUAl3YKnVBCqEaBM7ZR8xQ', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (513, 1, 3, 'Vc5Ef-ix7lnZWfS0U1_L4A', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (514, 1, 3, 'vRzh_eE7zHjVUnf3mG3rfA', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (515, 1, 3, 'ZGrleXgdDARRdqIrW4-eQw', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (516, 1, 3, 'VpLfay2naB9jlV8WTTzxTQ', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (517, 1, 3, 'wBpT9b0Twvi1L0Nl3rN_AQ', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (518, 1, 3, 'Fkh5OTPuRezk7al2znfhtQ', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (519, 1, 3, 'NTbW0VLaBAnNSPSNpUMjIw', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (520, 1, 3, 'r9LAJZSJMdBPuMjXJDsAvQ', '{"op": "update", "cells": {"52": [null, ["o9tjzfmKOoS8MqxozlC8Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (521, 1, 3, '2WhqIPzTF-PyspG4TMwBkQ', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (522, 1, 3, 'LOhh0eGT1w1KgyYNrJiMOw', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (523, 1, 3, 'cn4jNGiEaX6mko6epIbBcg', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (524, 1, 3, 'bSMlFIwQI5OdFj7sMjQ6aQ', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (525, 1, 3, 'DpkRd88qid1aIj8KtQuc2Q', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (526, 1, 3, 'YkC5Yzi44sJxwi6EY-B6Kg', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (527, 1, 3, 'DSwr7CUZTizwFeihW-tclA', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (528, 1, 3, '_aTw37hL2CmgqbuZsAazSg', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (529, 1, 3, 'swWN5ESznFZzz_Agt6ENNg', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (530, 1, 3, 'hxrZUkRB9gSyxXndxNyRXA', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (531, 1, 3, 'RxJwo-y9RkK0E_DMViZAhQ', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (532, 1, 3, 'Q6x_JEzatcuP2RZtZZ6ykQ', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (533, 1, 3, '_nbfqdfiZfun7dKIgTry2Q', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (534, 1, 3, 'HwBuOa9tEgsMMCwqvPxydA', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (535, 1, 3, 'le79EqGrVGgoGNXSy9s-hA', '{"op": "update", "cells": {"52": [null, ["rCSkqBih5xHXTUl7kT8VFw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (536, 1, 3, '4Tygk0XXzo0agUcs4ZrcqQ', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (537, 1, 3, 'O-Dc_ZZeaxo_gOojTQNBfA', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (538, 1, 3, 'YTywmZ-ooKySJhMddYbpRA', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (539, 1, 3, 'IKqNqh_g2IuOQ8V8246sPQ', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (540, 1, 3, 'ijRWvgpd0wRIb35LjDDNxw', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (541, 1, 3, 'wYVHpqcTd-yzs23m2N6bDw', '{"op": "update", "cells": {"52": [null, ["SgGVD40Bk36m9K3ljah-_w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (542, 1, 3, 'CjLXUs_aTxXsQZDW6ANucQ', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (543, 1, 3, 'bfBm03h0X6t71ZFUdhdtqw', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (544, 1, 3, 'Eb1Symc1p3Yg2lTAPzDmWA', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (545, 1, 3, '6NNNswSIzHGg_stIUAS6kQ', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (546, 1, 3, '0o_S1BRby8E5NaUX2ehqvA', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (547, 1, 3, 'yl_xqZFszCH4b-cSpa453A', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (548, 1, 3, 'gCxrAsejQ3qhfu5OsmeFtA', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (549, 1, 3, 'IvmwOVjvwMvkVtka8xD1EA', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (550, 1, 3, 'y3OZfNaq4ajcMhv-c92mAw', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (551, 1, 3, 'ObmCww1U9qWcNtXBNgAaxA', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (552, 1, 3, 'F_JwWPnUpOcilxlC6IO7Kg', '{"op": "update", "cells": {"52": [null, ["gC5cKqV85BS318qGPeqm5Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (553, 1, 3, 'QbbNlrZJ0qEMV9onetdCkQ', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (554, 1, 3, 'ysaiyFCOIAsuMMl80L9UJg', '{"op": "update", "cells": {"52": [null, ["jeEGGs-9oeMtzp6JtGLDdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (555, 1, 3, 'MOonKX19mgAhhe7wVC3x_Q', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (556, 1, 3, 'bJt0YjrT6GLM-2EMsG5bTw', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (557, 1, 3, 'sLvet5P8FsQxQFhucvyL0A', '{"op": "update", "cells": {"52": [null, ["Db3JQglmW9isy1Ef1Inozw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (558, 1, 3, '9uk9VYglO1717GiwIp5EJg', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (559, 1, 3, 'FdxItG45DwWh_6_GXLzVYg', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (560, 1, 3, 'wHQn0g-j7vFRvLr7EN9zqQ', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (561, 1, 3, 'cCoTqU9c95YdTo_uTfc-lQ', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (562, 1, 3, 'xcyMbzDV7MTIJeIOWm9fxQ', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (563, 1, 3, 'R1WSwDwD4RDp0gML2y3NIA', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (564, 1, 3, 'vdHIfQksbcYUhjbEmqiSfQ', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (565, 1, 3, 'vW7gAZTTg_X4ouHX_BYuJQ', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (566, 1, 3, 'Up4ftDr_2U689U5Q4UsqsQ', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (567, 1, 3, 'YrFyT1XrN6Rq5OIpq41l4A', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (568, 1, 3, 'BGRFWHuRcfE6xPfZQuUc-w', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (569, 1, 3, 'dtXP31j1um4_z9I4K6MWcg', '{"op": "update", "cells": {"52": [null, ["SgGVD40Bk36m9K3ljah-_w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (570, 1, 3, 'WRmnkkSQi_g59Rcaq6-ceA', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (571, 1, 3, '7pVxGbMwoqwCPSxX2DH3vw', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (572, 1, 3, 'Yn6zBGTJaBsltonWpCzUOw', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (573, 1, 3, 'Cry5lGnauAFjujx3k78ddQ', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (574, 1, 3, 'QvsUWHoihzsAxxExCfvUDQ', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (575, 1, 3, '-Sj4F6SvHaZKGcEXVZmtDQ', '{"op": "update", "cells": {"52": [null, ["o9tjzfmKOoS8MqxozlC8Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (576, 1, 3, 'JTLNx_sN68qC-mkDXYN6dQ', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (577, 1, 3, 'EZbWpXREYZ-YRzT-eGujgA', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (578, 1, 3, 'vQqj1NfhFnnPnDQrHlX6Jw', '{"op": "update", "cells": {"52": [null, ["jeEGGs-9oeMtzp6JtGLDdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (579, 1, 3, 'coVSvT9inSrIOEh3vDhRjQ', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (580, 1, 3, '47tPgioczxXnQS2SSodxew', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (581, 1, 3, '0V4nTjrNykxiRI3hQJYqhg', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (582, 1, 3, 'oq_2USM_x1TpqfdXbLae9Q', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (583, 1, 3, 'hC6JA_eY4mVfizR2AX6ISg', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (584, 1, 3, '5Tdlpiez9MuXD8HfFi4ToQ', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (585, 1, 3, '0fGASmqNCY6DDSm9m8WzQQ', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (586, 1, 3, 'x6enpMaxj21knf-u7LiGig', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (587, 1, 3, '75n7Zz_EXJ-RlKe2ubzUzA', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (588, 1, 3, '7Ve7oUPvNUJnHVvOCa2S0Q', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (589, 1, 3, 'YIoy8neCb-ijv0JwLt6dPA', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (590, 1, 3, 'SfTQ_Xps7Y3DYECOzPN9kw', '{"op": "update", "cells": {"52": [null, ["o9tjzfmKOoS8MqxozlC8Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (591, 1, 3, 'tw7h7ttMStMAxg8ve4xTaQ', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (592, 1, 3, 'oj8iPM3TKRCD9MA-Y4g__A', '{"op": "update", "cells": {"52": [null, ["jeEGGs-9oeMtzp6JtGLDdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (593, 1, 3, 'eCMcPOZFscjSnXWzGtnFMg', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (594, 1, 3, 'D_0-paO9nl1Bmq7fea1L5A', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (595, 1, 3, 'zt52WtWJFGnfKyhAwLo03A', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (596, 1, 3, '8sCYtofS1iPeFmlt6xFIBQ', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (597, 1, 3, 'PLIXy9G-cN0TF-K8Dk08_w', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (598, 1, 3, '6Aza39TQ9EJG_cufnHy-bA', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (599, 1, 3, 'wbUQnAm862mUQ3D8Txjs1w', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (600, 1, 3, 'xt9-Jaup9yAyW76901IHww', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (601, 1, 3, 'IUeKBv5uv0hr2Y-8uG3mqw', '{"op": "update", "cells": {"52": [null, ["M64qEdMamrfSNA1GTkwUrg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (602, 1, 3, 'rUFFcnp_DVWcCEuhPucAvQ', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (603, 1, 3, '2kdKFJmRvHhF1XwAeXv6kA', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (604, 1, 3, 'M8BuTfBXtKw5gNY7DRxqeA', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (605, 1, 3, 'EUHiCLSQCUtUtaLWsA6oCw', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (606, 1, 3, 'I2Sp1MYsUyGkDeB_sB0bww', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (607, 1, 3, '8O5iZDM6vICHrZxVpZm9iA', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (608, 1, 3, '3SgFj95CML_Gz--8moFAcQ', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (609, 1, 3, 'TBP-NU3UQvNbCAPFgylzmQ', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (610, 1, 3, '2Dqd7rpO6FsWFEy-WYP9Mw', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (611, 1, 3, 'RuUDnEsQjS_3GhCZ1lLLqw', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (612, 1, 3, 'vWBRkRjlDHSCc2bLsalXtg', '{"op": "update", "cells": {"52": [null, ["rCSkqBih5xHXTUl7kT8VFw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (613, 1, 3, 'Ux4QfLL9Um9Rsh2ISq9ujw', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (614, 1, 3, 'TSI4ljg8UtaAwNB4jndwgw', '{"op": "update", "cells": {"52": [null, ["XPLtp9lOY6peNi67fiGofQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (615, 1, 3, 'xKJEIhqQy93HtN4BpLq2wQ', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (616, 1, 3, 'Q-CEoruWKMrERGp7qquIiQ', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (617, 1, 3, 'Rp4PIcL1hICaE7xoXRErXA', '{"op": "update", "cells": {"52": [null, ["h_3fQStmnY7mbAkhtuPsdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (618, 1, 3, '2_9wIW7nONvZh59EerBTow', '{"op": "update", "cells": {"52": [null, ["L6Jkqp3LL2d6q3oW478r2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (619, 1, 3, 'I2UncNtGV2kd6zeYma7XgQ', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (620, 1, 3, 'LF6FL6hM6HSxYQRFZIyJVw', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (621, 1, 3, 'qDAb5LIOAo-7AGJhMQs0pw', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (622, 1, 3, 'sgtWV54MilZSSyGSP1Jnfw', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (623, 1, 3, 'qI_nTdE0uKv1x1IoFen5Wg', '{"op": "update", "cells": {"52": [null, ["jeEGGs-9oeMtzp6JtGLDdA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (624, 1, 3, 'Up9E7v_vjLiyuia3uED-3Q', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (625, 1, 3, 'pIYNjHNgDdkrcb-XROCMIA', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (626, 1, 3, 'S6Imk9CruqEfJl9Cx7kjwg', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (627, 1, 3, 'v0VWmghBK_B2Z81LOxk2hw', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (628, 1, 3, 'H3JMyiWbqUJAb5ucI-p21w', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (629, 1, 3, 'hHYTuIqZNwHsCdQ1wP3Mfw', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (630, 1, 3, 'QEHGrnBDNA4Qm5c7u3qaeA', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (631, 1, 3, 'F7QQqRXs07SXG_YMI8pxaw', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (632, 1, 3, 'VaY4a6fB31qKPQISsOmYrQ', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (633, 1, 3, 'j__3nTqQRKvbY7NaiY-L2g', '{"op": "update", "cells": {"52": [null, ["LQ-Qy9HD0bcecTAvIr1cZg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (634, 1, 3, 'igWqdBO8oDu6Zfix59x__Q', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (635, 1, 3, 'SbWLBc8AHwGOu5rGWU8uyA', '{"op": "update", "cells": {"52": [null, ["HZdx3yS7PPspwZNt0sQlNA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (636, 1, 3, 'u0VPWoUZtiEowsTYP5DxKw', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (637, 1, 3, 'zW_3F37HMhLN428QJP6IFw', '{"op": "update", "cells": {"52": [null, ["rCSkqBih5xHXTUl7kT8VFw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (638, 1, 3, 'VLVN17qPeecDUFLu_3Qa-w', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (639, 1, 3, 'alDc9L5TUBsvX1Coq6t20g', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (640, 1, 3, 'Akyrx-m5eRhRLCZjJVnbsg', '{"op": "update", "cells": {"52": [null, ["JAhpoo55DCRi34mijk2pkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (641, 1, 3, '2EeEWUu4MhOeuOd7VSTLiw', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (642, 1, 3, 'f35YXv_VZLhzOpap0Ucdig', '{"op": "update", "cells": {"52": [null, ["DgZjV3RDrTs-T2MZhXCYfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (643, 1, 3, 'UmMWp7GDs1LLPCBnNpaUrw', '{"op": "update", "cells": {"52": [null, ["d0MmMDp62sPvW5Nx1tW3VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (644, 1, 3, 'PZDldC_19VR8OiJvqnN63g', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (645, 1, 3, 'ZZHbDCfs5jA_4Eb5XES7rw', '{"op": "update", "cells": {"52": [null, ["_rccd15ELGIGdixvVWUDzQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (646, 1, 3, 'dOxUSFLTNPdf4iKQ_3q9VQ', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (647, 1, 3, '7HYsXyHbZ6llqBYTxt8AxA', '{"op": "update", "cells": {"52": [null, ["q5sj4DcCpmfSNVLazkb7Zg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (648, 1, 3, '4OGbHw3z8LUSrW344VWpWg', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (649, 1, 3, 'lHmA1sNqdKJffy7KYaZDqA', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (650, 1, 3, 'zPrk0lLSWHGWaGazJp2iKQ', '{"op": "update", "cells": {"52": [null, ["wgrWHBmwVj737qFTogZpBw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (651, 1, 3, 'np24isMJcxaHdrhr2dl0YA', '{"op": "update", "cells": {"52": [null, ["V6u6257aY2F-1py4yw22VA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (652, 1, 3, 'drtzrfVJigYL_wrzkUhZCw', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (653, 1, 3, 'mCis3Lqj2NBqU3YCrJz5Tg', '{"op": "update", "cells": {"52": [null, ["pMMSjAmIcqWoatLXjQ_Z9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (654, 1, 3, 'k4s8eFDPuh8P5RJ1VoYUew', '{"op": "update", "cells": {"52": [null, ["KYbLieevA80Y-dr0lRLSrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (655, 1, 3, 'dKj_8MewxItz5STNre0Z3w', '{"op": "update", "cells": {"52": [null, ["oqXV-KQ6BNG3Kg_393WvXQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (656, 1, 3, '-sHj5S3t6PU1hGn5mP7KQQ', '{"op": "update", "cells": {"52": [null, ["zmh2wEjnwZl00APHA6fi7g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (657, 1, 3, 'fjkHUNmRMUnxxm6mFahRZA', '{"op": "update", "cells": {"52": [null, ["ZFx4HiF6uABUy3Y4rj8zNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (658, 1, 3, 'EgAhRF74eCt29llGbxjzCg', '{"op": "update", "cells": {"52": [null, ["fRYhmEsmBtW5DhtJf1R2qg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (659, 1, 3, 'rTz9ZCAEgt6TFvJIFNdPgg', '{"op": "update", "cells": {"52": [null, ["a7KdZGcBJwSCyYJOR_mY1A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (660, 1, 3, 'IVLUIg2MJTM466toYRhRwA', '{"op": "update", "cells": {"52": [null, ["w0DOedfgBstcSIXT_z1URg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (661, 1, 3, 'f0MIO5YLf2WRC3cm-qDThQ', '{"op": "update", "cells": {"52": [null, ["gC5cKqV85BS318qGPeqm5Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (662, 1, 3, 'fwIXArNAPsiQ9hJU8G4a0w', '{"op": "update", "cells": {"52": [null, ["FFH1RX-AAwK_wUuOkSFAnQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (663, 1, 3, '8oxcVCq-fvE_Cn64q7MhSQ', '{"op": "update", "cells": {"52": [null, ["UVcWG_FyWSEj4PKmyOS3mg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (664, 1, 3, 'ZfNu4eQ3ZG6coaDlQ8FbFA', '{"op": "update", "cells": {"52": [null, ["2S5sq0yN1XZr1m99dxM5rg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (665, 1, 4, 'i7GVv_by-b1RIywPmpeesQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (666, 1, 4, 'uO9EOAW_rglgVF61y_5t-w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (667, 1, 4, 'N9FDcwuOBCv1Ag3XGpSouw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (668, 1, 4, 'J8jc5Eizelzhwa_itKJRVQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (669, 1, 4, '7IVu-NXNc_99qLcPkS2Wkg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (670, 1, 4, '5gIgm118YhcUZWUT6R8T-A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (671, 1, 4, 'ohAEggmoU3ZhQDyEqLYSuA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (672, 1, 4, '1wb4Qb9f-p3D-nJAsn37JQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (673, 1, 4, 'MdEjNOvjWJ2oqA_HnD6WWw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (674, 1, 4, 'd63Xt5YPpZBIgmKsmJe2Kw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (675, 1, 4, 'AVd0E-OSWUJgmGNZxbTpSA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (676, 1, 4, 'aaYs_ugo0-rE2Jekes1PJw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (677, 1, 4, 'hqgOWukC9coe3MdgfHtH5g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (678, 1, 4, 'lC_3nvwkHgl9SaTnumhP5Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (679, 1, 4, '8J4ws1nJGtKw46PngBvB5Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (680, 1, 4, 'jqSHJnHvTP87q07Xqkq4hw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (681, 1, 4, 'CM0EMtiTFw4j1NzQxpRTyw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (682, 1, 4, '2kAJ9mm4Al1aohWUTUDcqg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (683, 1, 4, 'Kw6HSHOqXdoXzsBxP0DZdg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (684, 1, 4, 'N8vCakI4PYadSyZglAue3g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (685, 1, 4, 'vsNrPrPYvOixxj2XfCNw9Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (686, 1, 4, 'fmv6AAuHWKa0I4MMT8Xplg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (687, 1, 4, 'qcXvogaHuZAMeRruhud9zA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (688, 1, 4, 'dt78D7-pSQYcQROMuWJBgg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (689, 1, 4, 'obEfxuuhedE42kn3VCgWKQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (690, 1, 4, 'xwEtQCeiwq1ObMKgN1IO3Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (691, 1, 4, '-K3BgHsVpuWCJiMOUlK5rQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (692, 1, 4, 'FyYpHRmq8V64-ccJb1xKvA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (693, 1, 4, 'CA9Fxdtn7hHHONmHlgj94w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (694, 1, 4, 'GCyDjTf58plnO8qo6b6WOQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (695, 1, 4, 'Z34nYlHQJr3U4b6vQP6pgg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (696, 1, 4, 'tjM7g7QJFtQei9rjdqTXsg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (697, 1, 4, 'EEES3vPUCYdkw9R7XBnMbw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (698, 1, 4, 'cEZnl5d77T5ZKqn0YrOzBw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (699, 1, 4, '0ySTAXtcy3R3cl-oX6_DPw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (700, 1, 4, 'Wfc5NDlM_c1-80jZfNU7nQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (701, 1, 4, 'u5_s-NxoE3NFjj3b2bBe-w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (702, 1, 4, '13t_6GxB0VEg5nKNYquf5w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (703, 1, 4, 'Yr68hxfHu59VaXTFbCxCXA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (704, 1, 4, 'Gs5fDor8nfIMVjVNC-KINw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (705, 1, 4, 'qy9oH1W_qqxeSHvKvn32tA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (706, 1, 4, '4trF-agl_pTto5LshPj21A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (707, 1, 4, 'Le4lbZAwgANAO_w7UeRSvA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (708, 1, 4, '2bKb_f5V2rUmZGjUKyrmEw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (709, 1, 4, 'lp0OiZzv3GDV1bfHKH50Xg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (710, 1, 4, 'yY73i5xt1Rxs6WfGJIaKgg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (711, 1, 4, 'duXoaTav7BBz68kEV2OJVA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (712, 1, 4, 'zO74ge-OUMme06wJwz1EFQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (713, 1, 4, 'ExSYAgIYB2g9fkczEALd1A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (714, 1, 4, 'E9OmDrvv38uWWE5AOkepjQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (715, 1, 4, 'DsMztNpscnjGh8ACsAmS4Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (716, 1, 4, 'inUbz3Jv4HYfiLRkWOCmAg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (717, 1, 4, 'yxmwgT7OvOBCOzuQG9j3TA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (718, 1, 4, 'zM-gcCWeg53xH_BagYoJmw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (719, 1, 4, 'PFSWpnZA3Xl5p4QYsxv1-w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (720, 1, 4, '1SbptbQzwIyGyACQPOSzJA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (721, 1, 4, 'TmQeNesYZyNnKgJnva_nqA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (722, 1, 4, 'rY_kCmUFx3nwhHenJKOrxA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (723, 1, 4, 'CG-s1H7UvsEELbv3DsoOjA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (724, 1, 4, 'N12db-eTgXvL6DC_Urf3Pg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (725, 1, 4, 'D0R3PXXOmeB6SKtuHmUYLQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (726, 1, 4, 'R26Obnwr7e23wquoht_wVg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (727, 1, 4, '9SfVn3KFNFwZojuX98a3Zw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (728, 1, 4, 'dUF9QogCjaJEEq0E3NY5nQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (729, 1, 4, 'P9S6KvGOD3noht2vy9ZdHg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (730, 1, 4, 'omaOFO58h0vON01FU1fe8Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (731, 1, 4, 'VO87TNGAgcepEdQHk6YNyg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (732, 1, 4, '-3OK-J9wW5OPvCIG15h_Jg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (733, 1, 4, '4FZMUsXxuCVrNsYVSC6dDw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (734, 1, 4, 'r4k4d21B8kKzj8cJRKcAAw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (735, 1, 4, 'N6jyZXEPyNfpOY803thqYQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (736, 1, 4, 'Rh-wTg1sEWA4EraZl5pvCA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (737, 1, 4, 'l34_tx89dZtByPHRwLobwg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (738, 1, 4, 'WryW5cSI9Ssv-Zl3KSsxdA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (739, 1, 4, '_LkgPKwwSRIcVAFesSOpnQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (740, 1, 4, 'J03dWcLeO2Qe5Q3yZA9sJw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (741, 1, 4, 'eUHx1xz2HaVLeE6hQ_8JIg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (742, 1, 4, 'AMgmfgj9QfGdVgRSsJd9_A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (743, 1, 4, 'SHoPwGhcTgME7DFaSQbb2Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (744, 1, 4, '5LC-jGdASBlIi505NYFNKw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (745, 1, 4, 'bjo72VkdpMxcFWjVUWt-mA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (746, 1, 4, 'Q4jfmw_2a0wyRcnWQYrWow', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (747, 1, 4, 'mInh1oDO4q_NLdIMB9EAPw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (748, 1, 4, 'Gslks2m-GyF2PHl2QcLmFA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (749, 1, 4, 'jbIf6taSL2Wk5YGwe5xIwQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (750, 1, 4, '4098tK2m3PQu5JHIF0Ii8A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (751, 1, 4, '0u3alX-H5NAz6oCAez2Cew', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (752, 1, 4, 'uS56xScDcGf3whAgHU0dqg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (753, 1, 4, 'hmlF6Lxp5dp9matRxBhJ9Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (754, 1, 4, '9pzwUTx49BJsJ0k2nwBMcQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (755, 1, 4, '6uNQ3t4dC3b74iDq9z9VDg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (756, 1, 4, 'WMQKfqNpxZovFfzkoCJQtA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (757, 1, 4, 'aX1AwoM5HnP8ajwvMPwgAg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (758, 1, 4, 'eT-I8akLsAxBZI3pzGtgzw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (759, 1, 4, 'zrcEs5QfrDABgoZWcCoLyA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (760, 1, 4, 'uKqhuD2M3LHjeXuJPtl4uQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (761, 1, 4, 'QdakkFzETBtksp2aUed37g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (762, 1, 4, '0MjvVeSvp3c3wuGzM75MsQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (763, 1, 4, 'dBRPZeMZ3ybxTbzz_f2Jnw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (764, 1, 4, 'hMIRjKVgo2cxHCFTwIrpeA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (765, 1, 4, 'QaPpYzkrS0Zu-7cJgdR26g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (766, 1, 4, 'n5UhvQCpV7B2wfakXMNL4Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (767, 1, 4, 'kMFXg3rl2d08Fh9botF5Ug', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (768, 1, 4, 'bEf0t8DWbgDlvIC1C5MrXw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (769, 1, 4, 'VUgY3WOAJ086MSo7dVzDQg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (770, 1, 4, 'FnUxuXxUu3U0WxEaukQeBQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (771, 1, 4, '5sDgb6Hg9LKxUmp2WDiJyQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (772, 1, 4, 'W3DOFBSwjGm0MHlYkTGJTQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (773, 1, 4, 'ZgfYoVCT8zB8jf1zPjX9RA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (774, 1, 4, 'YU1IEogTq2zg3DA9DrCZXA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (775, 1, 4, 'wH5Rr_HjuJPgA_PuLjxoiw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (776, 1, 4, 'QHNypzeK5wVC6uQFs8Mfsw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (777, 1, 4, 'lL6mjMI8mHKsKKh1IEeZKw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (778, 1, 4, 'DPdhtwi41DRiLKkfdtNUdg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (779, 1, 4, 'VrIw5bgXyk4Z1r0vWQop7A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (780, 1, 4, 'Q311cgSGGbd9XU9AKw5eAA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (781, 1, 4, 'wXJAvAco1tx5076WScqcuQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (782, 1, 4, 'sVhdlX-gaUEjUKoJ34hrww', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (783, 1, 4, 'FmxKt6PffuA6TBVUuPmJsA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (784, 1, 4, 'iUKHbQJPdOvszqNEUsyzMA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (785, 1, 4, 'X73OjCxExSRzV8nm1jbX3g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (786, 1, 4, 'UpqdukSi--j4D1ydtbVqWg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (787, 1, 4, 'hAvmWLnZRkYjFgNMFr0jDQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (788, 1, 4, 'IQr0DCoeUz1Nh1QS1HDLMw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (789, 1, 4, 'nX4johb5ob-534_2JoMAXg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (790, 1, 4, 'ZuDyrnFFonIyPT9oF1kmfQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (791, 1, 4, 'yTDnDS7kFqYaOdGq1ugKQw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (792, 1, 4, 'GxAcgpDwwaHw0ZiK3dY1yg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (793, 1, 4, 'ndDSRq33uHP_-djIkRhUKw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (794, 1, 4, 'P1oUYC0J6QD3AFK8crtzuQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (795, 1, 4, '3IZmFWzAoFvpk9M0IPlRpA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (796, 1, 4, 'aLp7uo8MuDgHW_gASR6rlA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (797, 1, 4, 'Odn85weWUOXtfg3hkFPBxw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (798, 1, 4, 'y5OaFi6JD8rb7ZUniEEygA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (799, 1, 4, 'cpVcaD5LHsvBDncvgWrr0A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (800, 1, 4, 'mNZ01U4lXGIpcURJNtKlNA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (801, 1, 4, 'FQGwQBT8QCFQL6EzL9MQkw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (802, 1, 4, 'PIs4DP_1lzgP-4VodMQiPQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (803, 1, 4, 'hEd_07e2rE8czZJB4-0LdA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (804, 1, 4, 'HqYP8RdnZGwdW5sp4reA8Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (805, 1, 4, '-HIn_Jy4dLBb21vySo5THQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (806, 1, 4, 'eDYbndh9kascbxbbyTk5eA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (807, 1, 4, 'l8_Z5VFStnIvM31BEVfMLA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (808, 1, 4, 'nTSTsAMf79gySdw5PsPdKg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (809, 1, 4, 'MtZZZ4N4ETjk5GpjxbtnIA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (810, 1, 4, 'W7VGM_NHFg6LPBYFdJSUWg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (811, 1, 4, 'DspKzLu6j2_ExEsMcOU8Kg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (812, 1, 4, 'dGhz3SwaXhzywy0PnfhX_Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (813, 1, 4, 'yNAaLXKfGAzTkv5woy0o5w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (814, 1, 4, '_wka0Rbyzsl1Pk8O6yBQow', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (815, 1, 4, '0SS-jNMvCnT1F6SXrwxsmw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (816, 1, 4, 'gbAsqTS9pADxeu7_B1yT5A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (817, 1, 4, 'jrGr1q9yMWMSG2PQqqhHGw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (818, 1, 4, 'H3Xx6n_LUixdNwxQVUg4gg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (819, 1, 4, 'OugggPmDIsRExt1ekdanKQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (820, 1, 4, 'istQGpDfpmLTrNp1lNInqA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (821, 1, 4, '0kF6eLqvEfgSBJT3tHS7lg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (822, 1, 4, '_hbfWahKWnv5QO8T-0vj7w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (823, 1, 4, 'zI3e2wXoMeIeocH9zhOiQg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (824, 1, 4, 'tKSnHI4z7sxguA76mS5X9A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (825, 1, 4, 'ju861lf9bOjfkFHQzri50w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (826, 1, 4, 'JE90DTX0Ql7quq9EwGCgVg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (827, 1, 4, '9onX8iZZPOlAJxt_7m0b5A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (828, 1, 4, '6QPn0o7mBUOr0M0_6dp3ag', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (829, 1, 4, '4IwGbi-gRK1DUVZM1qGXOA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (830, 1, 4, '6DbA3Rh7S21mHrNlUkr6yA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (831, 1, 4, 'z3VZmflJDeHln0MbBKhS-Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (832, 1, 4, 'DfJ1A486p9DrIC_Sjqjjiw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (833, 1, 4, 'JeYBrIWYJ1sKK8_Mq5Y51A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (834, 1, 4, '45zfwjhIGBNkJMJY6kEKnA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (835, 1, 4, 'K9Je5a_-TO3RIhlh0hzkIg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (836, 1, 4, 'MhZWXbDuzNktmWZBy9aiGg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (837, 1, 4, '8IeWHbDa1J9F8On8HHvJtg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (838, 1, 4, 'o90KYzRl1ir7L1q7AOnK2g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (839, 1, 4, 'bAbqezKMpU5Gv6XXk4pXnw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (840, 1, 4, 'cOlxAfds6uwuksZzVStPag', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (841, 1, 4, 'BbEXSmSIB1hNKtHH_Mwr_w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (842, 1, 4, '9Mw47SnpJphhHoHCkC5pPg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (843, 1, 4, 'HRzl9i9MzN_QJ79JbKjFGg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (844, 1, 4, 'zkbW_MXWeLHE98GkA9SaCQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (845, 1, 4, 'JaK5MDpSz2DbaDuzsdKfsg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (846, 1, 4, 'EY2bNo5cPBYk2AgCJERvkg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (847, 1, 4, 'U5ObJT8gChRXZWZ0foEXtg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (848, 1, 4, 'HYjGhPDj9MopNHa02YbM4Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (849, 1, 4, 'JjNfYcag20B-AA2nKsIkIQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (850, 1, 4, '8Sp_31l_UofnjpayU-XaHQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (851, 1, 4, 'lOalrHFBIO0_Ryz-B74Lfw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (852, 1, 4, 'XycelAcm6Ic-xw9mjlHeoQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (853, 1, 4, '32aYkta7-9o1HElNALNlsA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (854, 1, 4, 'xv--m11UNvdv7--kEeJHTg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (855, 1, 4, '4qPLK_6B98iIy19FqRAm1A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (856, 1, 4, '1q4UgVJGxTAdAtuiLLzJLQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (857, 1, 4, 'FYkj36U7Q-ODQIBLCgB4YQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (858, 1, 4, 'bvy6-3nCEOwG7thARKdVAg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (859, 1, 4, '_o6R_X1EhRSf_h7pOjm2gw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (860, 1, 4, 'XVi-BZ6S9-xa41w0aGS9PQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (861, 1, 4, 'P9-2br5Z-y52UnWHBFgEAg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (862, 1, 4, 'xmeBhqVK2Ph8IDM1NPTXhg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (863, 1, 4, 'j0bBE6vVpEf2UBehGTN2hw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (864, 1, 4, '_l3S-mpBhd3obBAyYP4wBA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (865, 1, 4, '5sp8_vK6YxZPfCKJjgImKQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (866, 1, 4, 'tDOHGFYz20ZCMtAU9Pf2Vg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (867, 1, 4, 'adapfXkH7ph23pP3S9aMLw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (868, 1, 4, 'GOi37RUwruXPLx5C6BML8w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (869, 1, 4, 'fZK4NK18k-HCVCIao7bhGw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (870, 1, 4, 'MOMEwH0u9DZsni57B4zuSw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (871, 1, 4, 'UC2vYlKLgqC1X6pdbn24Fw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (872, 1, 4, 'ykIIhMbUtkRfd0yMu6s53A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (873, 1, 4, '0sXwiiYkN3QCiBEW7JafMw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (874, 1, 4, 'p2-ywOOjCG0T-3dTPIVK9A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (875, 1, 4, '7sdK2AsLdvS2DsJaTUleEg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (876, 1, 4, 'Fm-GDg3rOKKETW_nzHua5A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (877, 1, 4, 'A75fyEkrSljz9pXNY6wEBA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (878, 1, 4, 'ToibitTvNQpYyYx0EbCxZA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (879, 1, 4, 'L_umMPHhoyVQXpAAo0jbDA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (880, 1, 4, '1C2UoofRIaGp46FuRXNoQg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (881, 1, 4, 'PzjSkfEj3KGlja4w56O34w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (882, 1, 4, 'yiWFA_UvhnIV79adZZmxTA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (883, 1, 4, 'fRkFY8VT7y58uRpiqimRkQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (884, 1, 4, '34K8RXBrsMkqa6COa20Jvg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (885, 1, 4, 'dj3GC3FGed6Z1GLPbLgZqg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (886, 1, 4, 'lVVxZhg5XAGXtqNFa-K_hA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (887, 1, 4, 'jho05dOI_LhjcwzaPEWi0A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (888, 1, 4, 'HQJEdzX3HII6Xln7NYWjeg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (889, 1, 4, 'MlIqDRgGlp2rHC5t_AmwTg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (890, 1, 4, '1XXuMYZs4htQzbUU-8YDwg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (891, 1, 4, 'BnDj2S_nwnwjtcQDRLVZvg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (892, 1, 4, 'b2ebnX1MdVTgolkt77CPcQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (893, 1, 4, '6-7Phvxhg1zexGVNe6Nn4Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (894, 1, 4, 's1h2IAm8BeJbpI4xjUNtew', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (895, 1, 4, 'i7GVv_by-b1RIywPmpeesQ', '{"op": "update", "cells": {"54": [null, ["0TrIt2lluK-SnaMy5XYFxw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (896, 1, 4, 'uO9EOAW_rglgVF61y_5t-w', '{"op": "update", "cells": {"54": [null, ["VoouMuEAZDeiB0d33ftE8g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (897, 1, 4, 'N9FDcwuOBCv1Ag3XGpSouw', '{"op": "update", "cells": {"54": [null, ["MlRw7j9HUaleLENFOFrFBg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (898, 1, 4, 'J8jc5Eizelzhwa_itKJRVQ', '{"op": "update", "cells": {"54": [null, ["_MCmIlWpvrD0HLsHxnklbg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (899, 1, 4, '7IVu-NXNc_99qLcPkS2Wkg', '{"op": "update", "cells": {"54": [null, ["3S1URnl-8730ddWMTgp1sg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (900, 1, 4, '5gIgm118YhcUZWUT6R8T-A', '{"op": "update", "cells": {"54": [null, ["mzmoC16bxzILVaszU4WOpg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (901, 1, 4, 'ohAEggmoU3ZhQDyEqLYSuA', '{"op": "update", "cells": {"54": [null, ["d645sWHMfivkg9fQbOdGYw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (902, 1, 4, '1wb4Qb9f-p3D-nJAsn37JQ', '{"op": "update", "cells": {"54": [null, ["EcUnA0ekEHjOInEuR3VSwQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (903, 1, 4, 'MdEjNOvjWJ2oqA_HnD6WWw', '{"op": "update", "cells": {"54": [null, ["ru2raWujQgQNFd9HaXhCvQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (904, 1, 4, 'd63Xt5YPpZBIgmKsmJe2Kw', '{"op": "update", "cells": {"54": [null, ["ic5QtenTdn1C1adrJSIDpA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (905, 1, 4, 'AVd0E-OSWUJgmGNZxbTpSA', '{"op": "update", "cells": {"54": [null, ["6rwOfFoUwcklfBy0IiESTg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (906, 1, 4, 'aaYs_ugo0-rE2Jekes1PJw', '{"op": "update", "cells": {"54": [null, ["oJTSSc5skmsO-t5b_lkeiA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (907, 1, 4, 'hqgOWukC9coe3MdgfHtH5g', '{"op": "update", "cells": {"54": [null, ["vGUUSdxeuIIOLTSf74V53Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (908, 1, 4, 'lC_3nvwkHgl9SaTnumhP5Q', '{"op": "update", "cells": {"54": [null, ["7k_sQTqtk3snSx-EH0G35Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (909, 1, 4, '8J4ws1nJGtKw46PngBvB5Q', '{"op": "update", "cells": {"54": [null, ["BV3y0CSYjqE90Hskda73mA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (910, 1, 4, 'jqSHJnHvTP87q07Xqkq4hw', '{"op": "update", "cells": {"54": [null, ["gA1yrd4_jSd7Ff7pKZHrIQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (911, 1, 4, 'CM0EMtiTFw4j1NzQxpRTyw', '{"op": "update", "cells": {"54": [null, ["35A5u3vV_IG6ofEFEcQ_Pg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (912, 1, 4, '2kAJ9mm4Al1aohWUTUDcqg', '{"op": "update", "cells": {"54": [null, ["C-5Gbnf27S5VUTqOg0nR7w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (913, 1, 4, 'Kw6HSHOqXdoXzsBxP0DZdg', '{"op": "update", "cells": {"54": [null, ["5nNqZkeQi_1i8lfL2NJx9w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (914, 1, 4, 'N8vCakI4PYadSyZglAue3g', '{"op": "update", "cells": {"54": [null, ["oRoOcWuzVBvfcmlGKgcVkw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (915, 1, 4, 'vsNrPrPYvOixxj2XfCNw9Q', '{"op": "update", "cells": {"54": [null, ["2LMjpkiBeTL91zCSqYG_HA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (916, 1, 4, 'fmv6AAuHWKa0I4MMT8Xplg', '{"op": "update", "cells": {"54": [null, ["DX-uIIC22tGcolRMCTMK3A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (917, 1, 4, 'qcXvogaHuZAMeRruhud9zA', '{"op": "update", "cells": {"54": [null, ["nskF4Gr1bV1ytHHl5zqwwg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (918, 1, 4, 'dt78D7-pSQYcQROMuWJBgg', '{"op": "update", "cells": {"54": [null, ["ekFmwdgaPyxpr1PWPINK5w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (919, 1, 4, 'obEfxuuhedE42kn3VCgWKQ', '{"op": "update", "cells": {"54": [null, ["qi6rLw0wAMksCzN1dV3MjA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (920, 1, 4, 'xwEtQCeiwq1ObMKgN1IO3Q', '{"op": "update", "cells": {"54": [null, ["LiAYh20ndJZHQKUVPF1Q0A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (921, 1, 4, '-K3BgHsVpuWCJiMOUlK5rQ', '{"op": "update", "cells": {"54": [null, ["5wK-MMYWBhzx8mI6VfbIhA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1186, 1, 5, 'rbeM44WL1lXZ5Dnhy8EyhQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (922, 1, 4, 'FyYpHRmq8V64-ccJb1xKvA', '{"op": "update", "cells": {"54": [null, ["6IKhXtnHs27_gyx6y0zqLg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (923, 1, 4, 'CA9Fxdtn7hHHONmHlgj94w', '{"op": "update", "cells": {"54": [null, ["P0MZlSMpYos9DrAu-aOT_w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (924, 1, 4, 'GCyDjTf58plnO8qo6b6WOQ', '{"op": "update", "cells": {"54": [null, ["uPBdO5nTc2U2fn76SeH2Pg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (925, 1, 4, 'Z34nYlHQJr3U4b6vQP6pgg', '{"op": "update", "cells": {"54": [null, ["mHe9152Xat0d4pIT8qGcAA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (926, 1, 4, 'tjM7g7QJFtQei9rjdqTXsg', '{"op": "update", "cells": {"54": [null, ["wGBWNpD72JnCeVTrMLO8CA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (927, 1, 4, 'EEES3vPUCYdkw9R7XBnMbw', '{"op": "update", "cells": {"54": [null, ["bweXQ3sIcAa_qBE8pE5MLA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (928, 1, 4, 'cEZnl5d77T5ZKqn0YrOzBw', '{"op": "update", "cells": {"54": [null, ["YoRUWiexnIRMqENK-OK5Xw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (929, 1, 4, '0ySTAXtcy3R3cl-oX6_DPw', '{"op": "update", "cells": {"54": [null, ["l484zpjE4JxLX741-p6Lhg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (930, 1, 4, 'Wfc5NDlM_c1-80jZfNU7nQ', '{"op": "update", "cells": {"54": [null, ["pdDSpC5F7rB5swiUBpP7_A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (931, 1, 4, 'u5_s-NxoE3NFjj3b2bBe-w', '{"op": "update", "cells": {"54": [null, ["VqXRrsABCAFXSPxJSj104A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (932, 1, 4, '13t_6GxB0VEg5nKNYquf5w', '{"op": "update", "cells": {"54": [null, ["W4eBMCmTpmk9Pc5mJB-nYQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (933, 1, 4, 'Yr68hxfHu59VaXTFbCxCXA', '{"op": "update", "cells": {"54": [null, ["zYPTcBoAmKKSbUG1GcXcBg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (934, 1, 4, 'Gs5fDor8nfIMVjVNC-KINw', '{"op": "update", "cells": {"54": [null, ["AMgozNnTP8FZ2MF2hWamWg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (935, 1, 4, 'qy9oH1W_qqxeSHvKvn32tA', '{"op": "update", "cells": {"54": [null, ["A_iGJjLbgLqUhe4QvSn_pw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (936, 1, 4, '4trF-agl_pTto5LshPj21A', '{"op": "update", "cells": {"54": [null, ["sGLTQbt3Sl0R9JopM92PQw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (937, 1, 4, 'Le4lbZAwgANAO_w7UeRSvA', '{"op": "update", "cells": {"54": [null, ["UVZT6wrePiefz3LoplPbDA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (938, 1, 4, '2bKb_f5V2rUmZGjUKyrmEw', '{"op": "update", "cells": {"54": [null, ["s_PcB3ZzGL_hLMqb0kAjOQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (939, 1, 4, 'lp0OiZzv3GDV1bfHKH50Xg', '{"op": "update", "cells": {"54": [null, ["xCDKODofdlQFWpmnLDnLeg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (940, 1, 4, 'yY73i5xt1Rxs6WfGJIaKgg', '{"op": "update", "cells": {"54": [null, ["cbd2oMZPi2h5u7t67SED2A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (941, 1, 4, 'duXoaTav7BBz68kEV2OJVA', '{"op": "update", "cells": {"54": [null, ["0Yt_G0pnDF7EO3cvYmD5lA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (942, 1, 4, 'zO74ge-OUMme06wJwz1EFQ', '{"op": "update", "cells": {"54": [null, ["bNT9hC-GH0ghNdQAKybdhw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (943, 1, 4, 'ExSYAgIYB2g9fkczEALd1A', '{"op": "update", "cells": {"54": [null, ["EYvd8_qtPnZ0gcPNi5S8Fg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (944, 1, 4, 'E9OmDrvv38uWWE5AOkepjQ', '{"op": "update", "cells": {"54": [null, ["A-lgbQaIRrw7Wm1RS6kesg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (945, 1, 4, 'DsMztNpscnjGh8ACsAmS4Q', '{"op": "update", "cells": {"54": [null, ["djkyux2HXRvEJbib9FK01A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (946, 1, 4, 'inUbz3Jv4HYfiLRkWOCmAg', '{"op": "update", "cells": {"54": [null, ["yJJUwNa2O9r7qAzCOv5Qww"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (947, 1, 4, 'yxmwgT7OvOBCOzuQG9j3TA', '{"op": "update", "cells": {"54": [null, ["MU8kKqa9Dts17xTjNDOizw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (948, 1, 4, 'zM-gcCWeg53xH_BagYoJmw', '{"op": "update", "cells": {"54": [null, ["9V0d7PeWjr8n8z26fWdxFQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (949, 1, 4, 'PFSWpnZA3Xl5p4QYsxv1-w', '{"op": "update", "cells": {"54": [null, ["4Ack8aidXCdD_1AB8nqQmQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (950, 1, 4, '1SbptbQzwIyGyACQPOSzJA', '{"op": "update", "cells": {"54": [null, ["MwlYNAVqO4WZHFM13Nz-Sw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (951, 1, 4, 'TmQeNesYZyNnKgJnva_nqA', '{"op": "update", "cells": {"54": [null, ["RNihRArof0ESGb3bHQixOw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (952, 1, 4, 'rY_kCmUFx3nwhHenJKOrxA', '{"op": "update", "cells": {"54": [null, ["2_CHVGf0OE8lSh4TLMyZbA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (953, 1, 4, 'CG-s1H7UvsEELbv3DsoOjA', '{"op": "update", "cells": {"54": [null, ["nJgzjrSWL94LHU8UV3RbAQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (954, 1, 4, 'N12db-eTgXvL6DC_Urf3Pg', '{"op": "update", "cells": {"54": [null, ["-jGoSCzx34LwHZSUD44SYQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (955, 1, 4, 'D0R3PXXOmeB6SKtuHmUYLQ', '{"op": "update", "cells": {"54": [null, ["JL-pKt7x3XtFbJEjI4WqKw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (956, 1, 4, 'R26Obnwr7e23wquoht_wVg', '{"op": "update", "cells": {"54": [null, ["kuE1QIt6rG7QaG-kgjrC5A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (957, 1, 4, '9SfVn3KFNFwZojuX98a3Zw', '{"op": "update", "cells": {"54": [null, ["azw_8LGQ2RhMB7aASMrwkg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (958, 1, 4, 'dUF9QogCjaJEEq0E3NY5nQ', '{"op": "update", "cells": {"54": [null, ["wE1oK4g2Q1GO0vNS5j5Niw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (959, 1, 4, 'P9S6KvGOD3noht2vy9ZdHg', '{"op": "update", "cells": {"54": [null, ["3V2DXXl1WB49k-98qj9WGg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (960, 1, 4, 'omaOFO58h0vON01FU1fe8Q', '{"op": "update", "cells": {"54": [null, ["HIGX1OhOXPP1-ZyxE4b6dQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (961, 1, 4, 'VO87TNGAgcepEdQHk6YNyg', '{"op": "update", "cells": {"54": [null, ["fHAOKhF1Yv2IRN4kgXhIWg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (962, 1, 4, '-3OK-J9wW5OPvCIG15h_Jg', '{"op": "update", "cells": {"54": [null, ["BwISaRZNPbGOHPwpxhnZ2A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (963, 1, 4, '4FZMUsXxuCVrNsYVSC6dDw', '{"op": "update", "cells": {"54": [null, ["2Z754mXlXZC5aiWnZb4crQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (964, 1, 4, 'r4k4d21B8kKzj8cJRKcAAw', '{"op": "update", "cells": {"54": [null, ["pf_g3_7I4wsfXjQ6BRaP_A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (965, 1, 4, 'N6jyZXEPyNfpOY803thqYQ', '{"op": "update", "cells": {"54": [null, ["xE_vnXNRVojrsBRHh9pKoQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (966, 1, 4, 'Rh-wTg1sEWA4EraZl5pvCA', '{"op": "update", "cells": {"54": [null, ["_IV5IjnKoX8aV1FdunLIAQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (967, 1, 4, 'l34_tx89dZtByPHRwLobwg', '{"op": "update", "cells": {"54": [null, ["8Fva8yLmsMhf_3wbO1fhkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (968, 1, 4, 'WryW5cSI9Ssv-Zl3KSsxdA', '{"op": "update", "cells": {"54": [null, ["XpeU0kpHqmyp4m3DkwbbpA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (969, 1, 4, '_LkgPKwwSRIcVAFesSOpnQ', '{"op": "update", "cells": {"54": [null, ["bl-7mFxuZ4Gx71HtTqA4Vw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (970, 1, 4, 'J03dWcLeO2Qe5Q3yZA9sJw', '{"op": "update", "cells": {"54": [null, ["xg50XEX7BJA0R-SYFuYV2w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (971, 1, 4, 'eUHx1xz2HaVLeE6hQ_8JIg', '{"op": "update", "cells": {"54": [null, ["GN-wXYpoka5FIxo7-xGWjQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (972, 1, 4, 'AMgmfgj9QfGdVgRSsJd9_A', '{"op": "update", "cells": {"54": [null, ["_Tgrw-k48IIHcUEN1jyZ8g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (973, 1, 4, 'SHoPwGhcTgME7DFaSQbb2Q', '{"op": "update", "cells": {"54": [null, ["qv56sP_0Nvz4DHZjGZjh6Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (974, 1, 4, '5LC-jGdASBlIi505NYFNKw', '{"op": "update", "cells": {"54": [null, ["XQU_BV6uzUCVVHXTPbrpyw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (975, 1, 4, 'bjo72VkdpMxcFWjVUWt-mA', '{"op": "update", "cells": {"54": [null, ["bqdIjcJV5hMJEwaODXR8lw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (976, 1, 4, 'Q4jfmw_2a0wyRcnWQYrWow', '{"op": "update", "cells": {"54": [null, ["PqtlqxQTFWZ1BXtYeIoTkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (977, 1, 4, 'mInh1oDO4q_NLdIMB9EAPw', '{"op": "update", "cells": {"54": [null, ["QkcjKBsvKP9LmdxMyFMsCg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (978, 1, 4, 'Gslks2m-GyF2PHl2QcLmFA', '{"op": "update", "cells": {"54": [null, ["Lk7EGb4r9RpNWdxJfmwKyA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (979, 1, 4, 'jbIf6taSL2Wk5YGwe5xIwQ', '{"op": "update", "cells": {"54": [null, ["GH-7DlO6ogvCIAwblQJD6w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (980, 1, 4, '4098tK2m3PQu5JHIF0Ii8A', '{"op": "update", "cells": {"54": [null, ["hkycdUJ54LZOIUJ7H-aJCA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (981, 1, 4, '0u3alX-H5NAz6oCAez2Cew', '{"op": "update", "cells": {"54": [null, ["rIQtwtULIZ9y6bTwoiKGpw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (982, 1, 4, 'uS56xScDcGf3whAgHU0dqg', '{"op": "update", "cells": {"54": [null, ["rDZszZDrUqUXIH4drkTQNg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (983, 1, 4, 'hmlF6Lxp5dp9matRxBhJ9Q', '{"op": "update", "cells": {"54": [null, ["JVz-PeK8WnQy-k-JwmDnIA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (984, 1, 4, '9pzwUTx49BJsJ0k2nwBMcQ', '{"op": "update", "cells": {"54": [null, ["aaI4C_BKaqMQLjM4pd3rWA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (985, 1, 4, '6uNQ3t4dC3b74iDq9z9VDg', '{"op": "update", "cells": {"54": [null, ["Cy7AMPZbq0E771kdoV7lCQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (986, 1, 4, 'WMQKfqNpxZovFfzkoCJQtA', '{"op": "update", "cells": {"54": [null, ["ZL55FtPn8h3uFIuUq8bT_g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (987, 1, 4, 'aX1AwoM5HnP8ajwvMPwgAg', '{"op": "update", "cells": {"54": [null, ["9aCI0qqE76WZRrWsIrDD3w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (988, 1, 4, 'eT-I8akLsAxBZI3pzGtgzw', '{"op": "update", "cells": {"54": [null, ["wQHjZkZOc1GqXY5l5leqPA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (989, 1, 4, 'zrcEs5QfrDABgoZWcCoLyA', '{"op": "update", "cells": {"54": [null, ["q60dLxmu7krF91w5eS9mgQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (990, 1, 4, 'uKqhuD2M3LHjeXuJPtl4uQ', '{"op": "update", "cells": {"54": [null, ["Ok3fh1TCT4ax7yXkeYBiWA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (991, 1, 4, 'QdakkFzETBtksp2aUed37g', '{"op": "update", "cells": {"54": [null, ["akFLXyjz2X4EJwa_pGHQnw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (992, 1, 4, '0MjvVeSvp3c3wuGzM75MsQ', '{"op": "update", "cells": {"54": [null, ["TmD7UGxFMCCYdRhruaJZrA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (993, 1, 4, 'dBRPZeMZ3ybxTbzz_f2Jnw', '{"op": "update", "cells": {"54": [null, ["1NucB-tYLWugK43HaUrv2Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (994, 1, 4, 'hMIRjKVgo2cxHCFTwIrpeA', '{"op": "update", "cells": {"54": [null, ["ZAyRadlPAvF2IIsvpDFOmw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (995, 1, 4, 'QaPpYzkrS0Zu-7cJgdR26g', '{"op": "update", "cells": {"54": [null, ["SB9fNesKzftPOpedhaSnFg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (996, 1, 4, 'n5UhvQCpV7B2wfakXMNL4Q', '{"op": "update", "cells": {"54": [null, ["IufcdcorjOBbht5abar0Eg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (997, 1, 4, 'kMFXg3rl2d08Fh9botF5Ug', '{"op": "update", "cells": {"54": [null, ["h83-4eN8B0_Prer-hZxh5w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (998, 1, 4, 'bEf0t8DWbgDlvIC1C5MrXw', '{"op": "update", "cells": {"54": [null, ["u67vkz2uuUuiQ89kLtqbXw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (999, 1, 4, 'VUgY3WOAJ086MSo7dVzDQg', '{"op": "update", "cells": {"54": [null, ["G-OOrhPPpIugrLjAIoRgSA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1000, 1, 4, 'FnUxuXxUu3U0WxEaukQeBQ', '{"op": "update", "cells": {"54": [null, ["3kmGM3pzfPuDUgquEU1nKw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1001, 1, 4, '5sDgb6Hg9LKxUmp2WDiJyQ', '{"op": "update", "cells": {"54": [null, ["xuxg1SWs4sQtRc2EcjdCrw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1002, 1, 4, 'W3DOFBSwjGm0MHlYkTGJTQ', '{"op": "update", "cells": {"54": [null, ["9D289PsK1J416A1qdSsdsg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1003, 1, 4, 'ZgfYoVCT8zB8jf1zPjX9RA', '{"op": "update", "cells": {"54": [null, ["cK2u3ajkgMwDcVsnaKnzbg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1004, 1, 4, 'YU1IEogTq2zg3DA9DrCZXA', '{"op": "update", "cells": {"54": [null, ["KAurHTDqxco5XLLO-CEjUQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1005, 1, 4, 'wH5Rr_HjuJPgA_PuLjxoiw', '{"op": "update", "cells": {"54": [null, ["uhXx7AcHYcZMWtT7T1JObw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1006, 1, 4, 'QHNypzeK5wVC6uQFs8Mfsw', '{"op": "update", "cells": {"54": [null, ["-icUtey1OXPL7z0M8cgS2w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1007, 1, 4, 'lL6mjMI8mHKsKKh1IEeZKw', '{"op": "update", "cells": {"54": [null, ["Vc5Ef-ix7lnZWfS0U1_L4A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1008, 1, 4, 'DPdhtwi41DRiLKkfdtNUdg', '{"op": "update", "cells": {"54": [null, ["vRzh_eE7zHjVUnf3mG3rfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1009, 1, 4, 'VrIw5bgXyk4Z1r0vWQop7A', '{"op": "update", "cells": {"54": [null, ["wBpT9b0Twvi1L0Nl3rN_AQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1010, 1, 4, 'Q311cgSGGbd9XU9AKw5eAA', '{"op": "update", "cells": {"54": [null, ["r9LAJZSJMdBPuMjXJDsAvQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1011, 1, 4, 'wXJAvAco1tx5076WScqcuQ', '{"op": "update", "cells": {"54": [null, ["2WhqIPzTF-PyspG4TMwBkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1012, 1, 4, 'sVhdlX-gaUEjUKoJ34hrww', '{"op": "update", "cells": {"54": [null, ["LOhh0eGT1w1KgyYNrJiMOw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1013, 1, 4, 'FmxKt6PffuA6TBVUuPmJsA', '{"op": "update", "cells": {"54": [null, ["cn4jNGiEaX6mko6epIbBcg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1014, 1, 4, 'iUKHbQJPdOvszqNEUsyzMA', '{"op": "update", "cells": {"54": [null, ["DpkRd88qid1aIj8KtQuc2Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1015, 1, 4, 'X73OjCxExSRzV8nm1jbX3g', '{"op": "update", "cells": {"54": [null, ["YkC5Yzi44sJxwi6EY-B6Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1016, 1, 4, 'UpqdukSi--j4D1ydtbVqWg', '{"op": "update", "cells": {"54": [null, ["_aTw37hL2CmgqbuZsAazSg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1017, 1, 4, 'hAvmWLnZRkYjFgNMFr0jDQ', '{"op": "update", "cells": {"54": [null, ["hxrZUkRB9gSyxXndxNyRXA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1018, 1, 4, 'IQr0DCoeUz1Nh1QS1HDLMw', '{"op": "update", "cells": {"54": [null, ["RxJwo-y9RkK0E_DMViZAhQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1019, 1, 4, 'nX4johb5ob-534_2JoMAXg', '{"op": "update", "cells": {"54": [null, ["_nbfqdfiZfun7dKIgTry2Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1020, 1, 4, 'ZuDyrnFFonIyPT9oF1kmfQ', '{"op": "update", "cells": {"54": [null, ["HwBuOa9tEgsMMCwqvPxydA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1021, 1, 4, 'yTDnDS7kFqYaOdGq1ugKQw', '{"op": "update", "cells": {"54": [null, ["le79EqGrVGgoGNXSy9s-hA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1022, 1, 4, 'GxAcgpDwwaHw0ZiK3dY1yg', '{"op": "update", "cells": {"54": [null, ["O-Dc_ZZeaxo_gOojTQNBfA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1023, 1, 4, 'ndDSRq33uHP_-djIkRhUKw', '{"op": "update", "cells": {"54": [null, ["YTywmZ-ooKySJhMddYbpRA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1024, 1, 4, 'P1oUYC0J6QD3AFK8crtzuQ', '{"op": "update", "cells": {"54": [null, ["IKqNqh_g2IuOQ8V8246sPQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1025, 1, 4, '3IZmFWzAoFvpk9M0IPlRpA', '{"op": "update", "cells": {"54": [null, ["ijRWvgpd0wRIb35LjDDNxw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1026, 1, 4, 'aLp7uo8MuDgHW_gASR6rlA', '{"op": "update", "cells": {"54": [null, ["wYVHpqcTd-yzs23m2N6bDw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1027, 1, 4, 'Odn85weWUOXtfg3hkFPBxw', '{"op": "update", "cells": {"54": [null, ["CjLXUs_aTxXsQZDW6ANucQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1028, 1, 4, 'y5OaFi6JD8rb7ZUniEEygA', '{"op": "update", "cells": {"54": [null, ["Eb1Symc1p3Yg2lTAPzDmWA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1029, 1, 4, 'cpVcaD5LHsvBDncvgWrr0A', '{"op": "update", "cells": {"54": [null, ["0o_S1BRby8E5NaUX2ehqvA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1030, 1, 4, 'mNZ01U4lXGIpcURJNtKlNA', '{"op": "update", "cells": {"54": [null, ["yl_xqZFszCH4b-cSpa453A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1031, 1, 4, 'FQGwQBT8QCFQL6EzL9MQkw', '{"op": "update", "cells": {"54": [null, ["gCxrAsejQ3qhfu5OsmeFtA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1032, 1, 4, 'PIs4DP_1lzgP-4VodMQiPQ', '{"op": "update", "cells": {"54": [null, ["y3OZfNaq4ajcMhv-c92mAw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1033, 1, 4, 'hEd_07e2rE8czZJB4-0LdA', '{"op": "update", "cells": {"54": [null, ["ObmCww1U9qWcNtXBNgAaxA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1034, 1, 4, 'HqYP8RdnZGwdW5sp4reA8Q', '{"op": "update", "cells": {"54": [null, ["F_JwWPnUpOcilxlC6IO7Kg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1035, 1, 4, '-HIn_Jy4dLBb21vySo5THQ', '{"op": "update", "cells": {"54": [null, ["QbbNlrZJ0qEMV9onetdCkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1036, 1, 4, 'eDYbndh9kascbxbbyTk5eA', '{"op": "update", "cells": {"54": [null, ["ysaiyFCOIAsuMMl80L9UJg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1037, 1, 4, 'l8_Z5VFStnIvM31BEVfMLA', '{"op": "update", "cells": {"54": [null, ["MOonKX19mgAhhe7wVC3x_Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1038, 1, 4, 'nTSTsAMf79gySdw5PsPdKg', '{"op": "update", "cells": {"54": [null, ["bJt0YjrT6GLM-2EMsG5bTw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1039, 1, 4, 'MtZZZ4N4ETjk5GpjxbtnIA', '{"op": "update", "cells": {"54": [null, ["sLvet5P8FsQxQFhucvyL0A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1040, 1, 4, 'W7VGM_NHFg6LPBYFdJSUWg', '{"op": "update", "cells": {"54": [null, ["FdxItG45DwWh_6_GXLzVYg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1041, 1, 4, 'DspKzLu6j2_ExEsMcOU8Kg', '{"op": "update", "cells": {"54": [null, ["wHQn0g-j7vFRvLr7EN9zqQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1042, 1, 4, 'dGhz3SwaXhzywy0PnfhX_Q', '{"op": "update", "cells": {"54": [null, ["cCoTqU9c95YdTo_uTfc-lQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1043, 1, 4, 'yNAaLXKfGAzTkv5woy0o5w', '{"op": "update", "cells": {"54": [null, ["xcyMbzDV7MTIJeIOWm9fxQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1044, 1, 4, '_wka0Rbyzsl1Pk8O6yBQow', '{"op": "update", "cells": {"54": [null, ["R1WSwDwD4RDp0gML2y3NIA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1045, 1, 4, '0SS-jNMvCnT1F6SXrwxsmw', '{"op": "update", "cells": {"54": [null, ["vdHIfQksbcYUhjbEmqiSfQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1046, 1, 4, 'gbAsqTS9pADxeu7_B1yT5A', '{"op": "update", "cells": {"54": [null, ["Up4ftDr_2U689U5Q4UsqsQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1047, 1, 4, 'jrGr1q9yMWMSG2PQqqhHGw', '{"op": "update", "cells": {"54": [null, ["YrFyT1XrN6Rq5OIpq41l4A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1048, 1, 4, 'H3Xx6n_LUixdNwxQVUg4gg', '{"op": "update", "cells": {"54": [null, ["BGRFWHuRcfE6xPfZQuUc-w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1049, 1, 4, 'OugggPmDIsRExt1ekdanKQ', '{"op": "update", "cells": {"54": [null, ["dtXP31j1um4_z9I4K6MWcg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1050, 1, 4, 'istQGpDfpmLTrNp1lNInqA', '{"op": "update", "cells": {"54": [null, ["WRmnkkSQi_g59Rcaq6-ceA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1051, 1, 4, '0kF6eLqvEfgSBJT3tHS7lg', '{"op": "update", "cells": {"54": [null, ["7pVxGbMwoqwCPSxX2DH3vw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1052, 1, 4, '_hbfWahKWnv5QO8T-0vj7w', '{"op": "update", "cells": {"54": [null, ["QvsUWHoihzsAxxExCfvUDQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1053, 1, 4, 'zI3e2wXoMeIeocH9zhOiQg', '{"op": "update", "cells": {"54": [null, ["-Sj4F6SvHaZKGcEXVZmtDQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1054, 1, 4, 'tKSnHI4z7sxguA76mS5X9A', '{"op": "update", "cells": {"54": [null, ["JTLNx_sN68qC-mkDXYN6dQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1055, 1, 4, 'ju861lf9bOjfkFHQzri50w', '{"op": "update", "cells": {"54": [null, ["EZbWpXREYZ-YRzT-eGujgA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1056, 1, 4, 'JE90DTX0Ql7quq9EwGCgVg', '{"op": "update", "cells": {"54": [null, ["vQqj1NfhFnnPnDQrHlX6Jw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1057, 1, 4, '9onX8iZZPOlAJxt_7m0b5A', '{"op": "update", "cells": {"54": [null, ["coVSvT9inSrIOEh3vDhRjQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1058, 1, 4, '6QPn0o7mBUOr0M0_6dp3ag', '{"op": "update", "cells": {"54": [null, ["0V4nTjrNykxiRI3hQJYqhg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1059, 1, 4, '4IwGbi-gRK1DUVZM1qGXOA', '{"op": "update", "cells": {"54": [null, ["oq_2USM_x1TpqfdXbLae9Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1060, 1, 4, '6DbA3Rh7S21mHrNlUkr6yA', '{"op": "update", "cells": {"54": [null, ["hC6JA_eY4mVfizR2AX6ISg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1061, 1, 4, 'z3VZmflJDeHln0MbBKhS-Q', '{"op": "update", "cells": {"54": [null, ["5Tdlpiez9MuXD8HfFi4ToQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1062, 1, 4, 'DfJ1A486p9DrIC_Sjqjjiw', '{"op": "update", "cells": {"54": [null, ["0fGASmqNCY6DDSm9m8WzQQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1063, 1, 4, 'JeYBrIWYJ1sKK8_Mq5Y51A', '{"op": "update", "cells": {"54": [null, ["75n7Zz_EXJ-RlKe2ubzUzA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1064, 1, 4, '45zfwjhIGBNkJMJY6kEKnA', '{"op": "update", "cells": {"54": [null, ["7Ve7oUPvNUJnHVvOCa2S0Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1065, 1, 4, 'K9Je5a_-TO3RIhlh0hzkIg', '{"op": "update", "cells": {"54": [null, ["YIoy8neCb-ijv0JwLt6dPA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1066, 1, 4, 'MhZWXbDuzNktmWZBy9aiGg', '{"op": "update", "cells": {"54": [null, ["SfTQ_Xps7Y3DYECOzPN9kw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1067, 1, 4, '8IeWHbDa1J9F8On8HHvJtg', '{"op": "update", "cells": {"54": [null, ["tw7h7ttMStMAxg8ve4xTaQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1068, 1, 4, 'o90KYzRl1ir7L1q7AOnK2g', '{"op": "update", "cells": {"54": [null, ["eCMcPOZFscjSnXWzGtnFMg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1069, 1, 4, 'bAbqezKMpU5Gv6XXk4pXnw', '{"op": "update", "cells": {"54": [null, ["8sCYtofS1iPeFmlt6xFIBQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1070, 1, 4, 'cOlxAfds6uwuksZzVStPag', '{"op": "update", "cells": {"54": [null, ["6Aza39TQ9EJG_cufnHy-bA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1071, 1, 4, 'BbEXSmSIB1hNKtHH_Mwr_w', '{"op": "update", "cells": {"54": [null, ["wbUQnAm862mUQ3D8Txjs1w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1072, 1, 4, '9Mw47SnpJphhHoHCkC5pPg', '{"op": "update", "cells": {"54": [null, ["xt9-Jaup9yAyW76901IHww"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1073, 1, 4, 'HRzl9i9MzN_QJ79JbKjFGg', '{"op": "update", "cells": {"54": [null, ["IUeKBv5uv0hr2Y-8uG3mqw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1074, 1, 4, 'zkbW_MXWeLHE98GkA9SaCQ', '{"op": "update", "cells": {"54": [null, ["2kdKFJmRvHhF1XwAeXv6kA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1075, 1, 4, 'JaK5MDpSz2DbaDuzsdKfsg', '{"op": "update", "cells": {"54": [null, ["M8BuTfBXtKw5gNY7DRxqeA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1076, 1, 4, 'EY2bNo5cPBYk2AgCJERvkg', '{"op": "update", "cells": {"54": [null, ["EUHiCLSQCUtUtaLWsA6oCw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1077, 1, 4, 'U5ObJT8gChRXZWZ0foEXtg', '{"op": "update", "cells": {"54": [null, ["I2Sp1MYsUyGkDeB_sB0bww"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1078, 1, 4, 'HYjGhPDj9MopNHa02YbM4Q', '{"op": "update", "cells": {"54": [null, ["3SgFj95CML_Gz--8moFAcQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1079, 1, 4, 'JjNfYcag20B-AA2nKsIkIQ', '{"op": "update", "cells": {"54": [null, ["2Dqd7rpO6FsWFEy-WYP9Mw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1080, 1, 4, '8Sp_31l_UofnjpayU-XaHQ', '{"op": "update", "cells": {"54": [null, ["RuUDnEsQjS_3GhCZ1lLLqw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1081, 1, 4, 'lOalrHFBIO0_Ryz-B74Lfw', '{"op": "update", "cells": {"54": [null, ["vWBRkRjlDHSCc2bLsalXtg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1082, 1, 4, 'XycelAcm6Ic-xw9mjlHeoQ', '{"op": "update", "cells": {"54": [null, ["Ux4QfLL9Um9Rsh2ISq9ujw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1083, 1, 4, '32aYkta7-9o1HElNALNlsA', '{"op": "update", "cells": {"54": [null, ["TSI4ljg8UtaAwNB4jndwgw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1084, 1, 4, 'xv--m11UNvdv7--kEeJHTg', '{"op": "update", "cells": {"54": [null, ["xKJEIhqQy93HtN4BpLq2wQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1085, 1, 4, '4qPLK_6B98iIy19FqRAm1A', '{"op": "update", "cells": {"54": [null, ["Q-CEoruWKMrERGp7qquIiQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1086, 1, 4, '1q4UgVJGxTAdAtuiLLzJLQ', '{"op": "update", "cells": {"54": [null, ["Rp4PIcL1hICaE7xoXRErXA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1087, 1, 4, 'FYkj36U7Q-ODQIBLCgB4YQ', '{"op": "update", "cells": {"54": [null, ["I2UncNtGV2kd6zeYma7XgQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1088, 1, 4, 'bvy6-3nCEOwG7thARKdVAg', '{"op": "update", "cells": {"54": [null, ["qDAb5LIOAo-7AGJhMQs0pw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1089, 1, 4, '_o6R_X1EhRSf_h7pOjm2gw', '{"op": "update", "cells": {"54": [null, ["sgtWV54MilZSSyGSP1Jnfw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1090, 1, 4, 'XVi-BZ6S9-xa41w0aGS9PQ', '{"op": "update", "cells": {"54": [null, ["qI_nTdE0uKv1x1IoFen5Wg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1091, 1, 4, 'P9-2br5Z-y52UnWHBFgEAg', '{"op": "update", "cells": {"54": [null, ["Up9E7v_vjLiyuia3uED-3Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1092, 1, 4, 'xmeBhqVK2Ph8IDM1NPTXhg', '{"op": "update", "cells": {"54": [null, ["S6Imk9CruqEfJl9Cx7kjwg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1093, 1, 4, 'j0bBE6vVpEf2UBehGTN2hw', '{"op": "update", "cells": {"54": [null, ["v0VWmghBK_B2Z81LOxk2hw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1094, 1, 4, '_l3S-mpBhd3obBAyYP4wBA', '{"op": "update", "cells": {"54": [null, ["H3JMyiWbqUJAb5ucI-p21w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1095, 1, 4, '5sp8_vK6YxZPfCKJjgImKQ', '{"op": "update", "cells": {"54": [null, ["QEHGrnBDNA4Qm5c7u3qaeA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1096, 1, 4, 'tDOHGFYz20ZCMtAU9Pf2Vg', '{"op": "update", "cells": {"54": [null, ["F7QQqRXs07SXG_YMI8pxaw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1097, 1, 4, 'adapfXkH7ph23pP3S9aMLw', '{"op": "update", "cells": {"54": [null, ["j__3nTqQRKvbY7NaiY-L2g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1098, 1, 4, 'GOi37RUwruXPLx5C6BML8w', '{"op": "update", "cells": {"54": [null, ["igWqdBO8oDu6Zfix59x__Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1099, 1, 4, 'fZK4NK18k-HCVCIao7bhGw', '{"op": "update", "cells": {"54": [null, ["SbWLBc8AHwGOu5rGWU8uyA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1100, 1, 4, 'MOMEwH0u9DZsni57B4zuSw', '{"op": "update", "cells": {"54": [null, ["zW_3F37HMhLN428QJP6IFw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1101, 1, 4, 'UC2vYlKLgqC1X6pdbn24Fw', '{"op": "update", "cells": {"54": [null, ["VLVN17qPeecDUFLu_3Qa-w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1102, 1, 4, 'ykIIhMbUtkRfd0yMu6s53A', '{"op": "update", "cells": {"54": [null, ["Akyrx-m5eRhRLCZjJVnbsg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1103, 1, 4, '0sXwiiYkN3QCiBEW7JafMw', '{"op": "update", "cells": {"54": [null, ["2EeEWUu4MhOeuOd7VSTLiw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1104, 1, 4, 'p2-ywOOjCG0T-3dTPIVK9A', '{"op": "update", "cells": {"54": [null, ["f35YXv_VZLhzOpap0Ucdig"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1105, 1, 4, '7sdK2AsLdvS2DsJaTUleEg', '{"op": "update", "cells": {"54": [null, ["UmMWp7GDs1LLPCBnNpaUrw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1106, 1, 4, 'Fm-GDg3rOKKETW_nzHua5A', '{"op": "update", "cells": {"54": [null, ["ZZHbDCfs5jA_4Eb5XES7rw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1107, 1, 4, 'A75fyEkrSljz9pXNY6wEBA', '{"op": "update", "cells": {"54": [null, ["7HYsXyHbZ6llqBYTxt8AxA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1108, 1, 4, 'ToibitTvNQpYyYx0EbCxZA', '{"op": "update", "cells": {"54": [null, ["4OGbHw3z8LUSrW344VWpWg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1109, 1, 4, 'L_umMPHhoyVQXpAAo0jbDA', '{"op": "update", "cells": {"54": [null, ["lHmA1sNqdKJffy7KYaZDqA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1110, 1, 4, '1C2UoofRIaGp46FuRXNoQg', '{"op": "update", "cells": {"54": [null, ["zPrk0lLSWHGWaGazJp2iKQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1111, 1, 4, 'PzjSkfEj3KGlja4w56O34w', '{"op": "update", "cells": {"54": [null, ["np24isMJcxaHdrhr2dl0YA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1112, 1, 4, 'yiWFA_UvhnIV79adZZmxTA', '{"op": "update", "cells": {"54": [null, ["drtzrfVJigYL_wrzkUhZCw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1113, 1, 4, 'fRkFY8VT7y58uRpiqimRkQ', '{"op": "update", "cells": {"54": [null, ["k4s8eFDPuh8P5RJ1VoYUew"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1114, 1, 4, '34K8RXBrsMkqa6COa20Jvg', '{"op": "update", "cells": {"54": [null, ["dKj_8MewxItz5STNre0Z3w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1115, 1, 4, 'dj3GC3FGed6Z1GLPbLgZqg', '{"op": "update", "cells": {"54": [null, ["-sHj5S3t6PU1hGn5mP7KQQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1116, 1, 4, 'lVVxZhg5XAGXtqNFa-K_hA', '{"op": "update", "cells": {"54": [null, ["EgAhRF74eCt29llGbxjzCg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1117, 1, 4, 'jho05dOI_LhjcwzaPEWi0A', '{"op": "update", "cells": {"54": [null, ["rTz9ZCAEgt6TFvJIFNdPgg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1118, 1, 4, 'HQJEdzX3HII6Xln7NYWjeg', '{"op": "update", "cells": {"54": [null, ["IVLUIg2MJTM466toYRhRwA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1119, 1, 4, 'MlIqDRgGlp2rHC5t_AmwTg', '{"op": "update", "cells": {"54": [null, ["fwIXArNAPsiQ9hJU8G4a0w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1120, 1, 4, '1XXuMYZs4htQzbUU-8YDwg', '{"op": "update", "cells": {"54": [null, ["8oxcVCq-fvE_Cn64q7MhSQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1121, 1, 4, 'BnDj2S_nwnwjtcQDRLVZvg', '{"op": "update", "cells": {"54": [null, ["ZfNu4eQ3ZG6coaDlQ8FbFA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1122, 1, 4, 'b2ebnX1MdVTgolkt77CPcQ', '{"op": "update", "cells": {"54": [null, ["e096yrLdClJn9i7lfAsYew"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1123, 1, 4, '6-7Phvxhg1zexGVNe6Nn4Q', '{"op": "update", "cells": {"54": [null, ["VoouMuEAZDeiB0d33ftE8g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1124, 1, 5, 'AyroQ67Iko6-DKaBhbvwiA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1125, 1, 5, '5hrlyncXdr8GPdfIfldTzA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1126, 1, 5, 'uM4JawE9QUk550j-AgCTtA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1127, 1, 5, 'P2FwXQSn1C_3rp63L9LO1A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1128, 1, 5, 'zJI0fTloy9NAC3K_QkvXNw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1129, 1, 5, '2KKJExy9HLVFjb12F_eGcw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1130, 1, 5, 'zkxiMoq6TU-VTWLj0_m5Yw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1131, 1, 5, 'SuVlhCdnAQ9oXvpHeUgQ1Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1132, 1, 5, 'MvxvNvTnqgHpo7l0E1DzlA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1133, 1, 5, 'CRMbL9Oy6Sio__e0U07tPg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1134, 1, 5, '11f-sb1suwNl5eQkg2DYWA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1135, 1, 5, 'ZMcPRdnYV2VFcjjsB7KSiA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1136, 1, 5, '4lXf9R7WX2bWt_XOffrdqA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1137, 1, 5, '4bzhMjpbR-01OQ8tJFYcYw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1138, 1, 5, 'RUXph3BRxYhovlYRKhZe5A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1139, 1, 5, 'T6iLGP7UnlKEu5DtjlseaQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1140, 1, 5, 'Gg30RZkMG40BknV3Fkh2sw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1141, 1, 5, 'BXmXgLZz7iXSl_m_6eZg_A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1142, 1, 5, '1QxKrTlA-HQM9y1k0Obh9Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1143, 1, 5, '7yXMdzPncqsg9vacg-bdRg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1144, 1, 5, 'TaRhZd0UUKaxefTQnGHNYA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1145, 1, 5, 'NuDFd3y-U_waB_RPOe-nRw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1146, 1, 5, 'ia5FE6HtD-9CLhaaUK8OKA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1147, 1, 5, 'd_I_HBbQSnGs9f--t9aOPw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1148, 1, 5, '4Q1o22-UTm0TuTjLms-DEA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1149, 1, 5, 'aRBdJFAtaHvu_Bn8-TtMLw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1150, 1, 5, 'V2b14u_zr7jTo-Dv26Df5Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1151, 1, 5, 'UQAXwupi2nUZ-_Rprad93g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1152, 1, 5, 'bBjT-tjEkN3XCWqUgiy8qA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1153, 1, 5, 'xCKAhFMLx3knqpJ2VgaHoA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1154, 1, 5, 'f7gJW0Uhe3p-zJpyGBD0LA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1155, 1, 5, '1_egolmyBDA9NLM364jmAg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1156, 1, 5, 'cz0PoBNbCqgvh9nX954DhA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1157, 1, 5, 'ra-iz9PbarJLNINlyICDSg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1158, 1, 5, 'poJnsdV46PnSyu8z78WYnw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1159, 1, 5, '_CVLjtrzj1c2pv08WIE-7Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1160, 1, 5, 'hTBBkAeVoy4Eh2u9vxVQCg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1161, 1, 5, '81vgIFSLoXAR_Z0X5irdCA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1162, 1, 5, 'WYEobUYpexQ58_0z7-SGAg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1163, 1, 5, 'esWPBc_LBUnn61WWE5cxHw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1164, 1, 5, '4tPsgNQ5ixJ0HKSVmhm--w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1165, 1, 5, 'iA89MQBKWdutheo8HW4Hkg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1166, 1, 5, 'Hclx8gz5CJ0MeFfyUt78Ow', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1167, 1, 5, 'gR8SCKfE_dPwV21C3-TI9g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1168, 1, 5, 'XXk77MUOMyGPwiGLzeyYcg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1169, 1, 5, 'qj2HhylkFnNDWVVfejG9sA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1170, 1, 5, 'HCD7U55SG0quFQwk1syx-g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1171, 1, 5, 'FRaJzuV88TJWfi6vnufYdw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1172, 1, 5, 'RzgAejN3oGilYwlgbrebZA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1173, 1, 5, 'cHE28dSJR900g0TlA-vE8Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1174, 1, 5, 'L5n7fJdRES4LTLK-CjVQtA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1175, 1, 5, 'pGH6ch9A7btKiUsRSLia5g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1176, 1, 5, 'ZTxT9Y-QA44XbqRk6Fhb3Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1177, 1, 5, 'v3SENMYW8nYhkKtNw3VOXw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1178, 1, 5, 'tioHIb7qpM0jgi6isZSSAQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1179, 1, 5, '2w4-Hgdqy5hXjrmJkaZf-A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1180, 1, 5, 'tHIjHPUlEtk4IuZjhAF3DQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1181, 1, 5, 'e--tWPdDQyFOOfcKYjOAqg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1182, 1, 5, '65iouzY6-pi-8Q4sg94OUw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1183, 1, 5, 'juK9dpF1Rszald_y-ic3Uw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1184, 1, 5, '9N1LQfjlxuVZ7DybfViyFw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1185, 1, 5, 'fLTFyGSQ9btT3GYoWeOfxw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1187, 1, 5, '4fR7BfaCNRbzvZbbHwnqow', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1188, 1, 5, 'LJv79iIYJKjdWviLviw0Dg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1189, 1, 5, '7jGmQuGmqf8mSaHNqZ5dcA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1190, 1, 5, 'hgKRt41Q8PmHvm2yiFjl5A', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1191, 1, 5, 'FCqxvBBQUlXF2MhLXaD_nA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1192, 1, 5, 'JU0LkbdExwRHFahl4yUUQQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1193, 1, 5, 'AyroQ67Iko6-DKaBhbvwiA', '{"op": "update", "cells": {"56": [null, ["jBbMwXkO77EMjHkdvE_bVA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1194, 1, 5, '5hrlyncXdr8GPdfIfldTzA', '{"op": "update", "cells": {"56": [null, ["8zpSucn1tIp1nWs4KEsyIQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1195, 1, 5, 'uM4JawE9QUk550j-AgCTtA', '{"op": "update", "cells": {"56": [null, ["3S1URnl-8730ddWMTgp1sg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1196, 1, 5, 'P2FwXQSn1C_3rp63L9LO1A', '{"op": "update", "cells": {"56": [null, ["ru2raWujQgQNFd9HaXhCvQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1197, 1, 5, 'zJI0fTloy9NAC3K_QkvXNw', '{"op": "update", "cells": {"56": [null, ["BV3y0CSYjqE90Hskda73mA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1198, 1, 5, '2KKJExy9HLVFjb12F_eGcw', '{"op": "update", "cells": {"56": [null, ["nskF4Gr1bV1ytHHl5zqwwg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1199, 1, 5, 'zkxiMoq6TU-VTWLj0_m5Yw', '{"op": "update", "cells": {"56": [null, ["qi6rLw0wAMksCzN1dV3MjA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1200, 1, 5, 'SuVlhCdnAQ9oXvpHeUgQ1Q', '{"op": "update", "cells": {"56": [null, ["uPBdO5nTc2U2fn76SeH2Pg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1201, 1, 5, 'MvxvNvTnqgHpo7l0E1DzlA', '{"op": "update", "cells": {"56": [null, ["bweXQ3sIcAa_qBE8pE5MLA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1202, 1, 5, 'CRMbL9Oy6Sio__e0U07tPg', '{"op": "update", "cells": {"56": [null, ["0oxvWU_XvF9jJohXgOAfDg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1203, 1, 5, '11f-sb1suwNl5eQkg2DYWA', '{"op": "update", "cells": {"56": [null, ["DJD0GKLa6Ga64ntbr8v1wg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1204, 1, 5, 'ZMcPRdnYV2VFcjjsB7KSiA', '{"op": "update", "cells": {"56": [null, ["l484zpjE4JxLX741-p6Lhg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1205, 1, 5, '4lXf9R7WX2bWt_XOffrdqA', '{"op": "update", "cells": {"56": [null, ["pdDSpC5F7rB5swiUBpP7_A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1206, 1, 5, '4bzhMjpbR-01OQ8tJFYcYw', '{"op": "update", "cells": {"56": [null, ["W4eBMCmTpmk9Pc5mJB-nYQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1207, 1, 5, 'RUXph3BRxYhovlYRKhZe5A', '{"op": "update", "cells": {"56": [null, ["s_PcB3ZzGL_hLMqb0kAjOQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1208, 1, 5, 'T6iLGP7UnlKEu5DtjlseaQ', '{"op": "update", "cells": {"56": [null, ["uUKyOGvlRc74MrKj6E0GcA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1209, 1, 5, 'Gg30RZkMG40BknV3Fkh2sw', '{"op": "update", "cells": {"56": [null, ["dESSp5RcCK6xb_8aPOFPUg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1210, 1, 5, 'BXmXgLZz7iXSl_m_6eZg_A', '{"op": "update", "cells": {"56": [null, ["0Yt_G0pnDF7EO3cvYmD5lA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1211, 1, 5, '1QxKrTlA-HQM9y1k0Obh9Q', '{"op": "update", "cells": {"56": [null, ["yJJUwNa2O9r7qAzCOv5Qww"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1212, 1, 5, '7yXMdzPncqsg9vacg-bdRg', '{"op": "update", "cells": {"56": [null, ["HsfHRmAPuJsM85i_5m99CQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1213, 1, 5, 'TaRhZd0UUKaxefTQnGHNYA', '{"op": "update", "cells": {"56": [null, ["MwlYNAVqO4WZHFM13Nz-Sw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1214, 1, 5, 'NuDFd3y-U_waB_RPOe-nRw', '{"op": "update", "cells": {"56": [null, ["JL-pKt7x3XtFbJEjI4WqKw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1215, 1, 5, 'ia5FE6HtD-9CLhaaUK8OKA', '{"op": "update", "cells": {"56": [null, ["kuE1QIt6rG7QaG-kgjrC5A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1216, 1, 5, 'd_I_HBbQSnGs9f--t9aOPw', '{"op": "update", "cells": {"56": [null, ["HIGX1OhOXPP1-ZyxE4b6dQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1217, 1, 5, '4Q1o22-UTm0TuTjLms-DEA', '{"op": "update", "cells": {"56": [null, ["fuQFvfo2yc8_atH5l75kUg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1218, 1, 5, 'aRBdJFAtaHvu_Bn8-TtMLw', '{"op": "update", "cells": {"56": [null, ["bl-7mFxuZ4Gx71HtTqA4Vw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1219, 1, 5, 'V2b14u_zr7jTo-Dv26Df5Q', '{"op": "update", "cells": {"56": [null, ["_Tgrw-k48IIHcUEN1jyZ8g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1220, 1, 5, 'UQAXwupi2nUZ-_Rprad93g', '{"op": "update", "cells": {"56": [null, ["XQU_BV6uzUCVVHXTPbrpyw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1221, 1, 5, 'bBjT-tjEkN3XCWqUgiy8qA', '{"op": "update", "cells": {"56": [null, ["RnJwxOs-HRo3QP124KrJNw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1222, 1, 5, 'xCKAhFMLx3knqpJ2VgaHoA', '{"op": "update", "cells": {"56": [null, ["hkycdUJ54LZOIUJ7H-aJCA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1223, 1, 5, 'f7gJW0Uhe3p-zJpyGBD0LA', '{"op": "update", "cells": {"56": [null, ["rIQtwtULIZ9y6bTwoiKGpw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1224, 1, 5, '1_egolmyBDA9NLM364jmAg', '{"op": "update", "cells": {"56": [null, ["JVz-PeK8WnQy-k-JwmDnIA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1225, 1, 5, 'cz0PoBNbCqgvh9nX954DhA', '{"op": "update", "cells": {"56": [null, ["aaI4C_BKaqMQLjM4pd3rWA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1226, 1, 5, 'ra-iz9PbarJLNINlyICDSg', '{"op": "update", "cells": {"56": [null, ["ZL55FtPn8h3uFIuUq8bT_g"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1227, 1, 5, 'poJnsdV46PnSyu8z78WYnw', '{"op": "update", "cells": {"56": [null, ["S9D35X3FAxPP5pUgFm696A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1228, 1, 5, '_CVLjtrzj1c2pv08WIE-7Q', '{"op": "update", "cells": {"56": [null, ["9aCI0qqE76WZRrWsIrDD3w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1229, 1, 5, 'hTBBkAeVoy4Eh2u9vxVQCg', '{"op": "update", "cells": {"56": [null, ["ZAyRadlPAvF2IIsvpDFOmw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1230, 1, 5, '81vgIFSLoXAR_Z0X5irdCA', '{"op": "update", "cells": {"56": [null, ["G-OOrhPPpIugrLjAIoRgSA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1231, 1, 5, 'WYEobUYpexQ58_0z7-SGAg', '{"op": "update", "cells": {"56": [null, ["9D289PsK1J416A1qdSsdsg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1232, 1, 5, 'esWPBc_LBUnn61WWE5cxHw', '{"op": "update", "cells": {"56": [null, ["cK2u3ajkgMwDcVsnaKnzbg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1233, 1, 5, '4tPsgNQ5ixJ0HKSVmhm--w', '{"op": "update", "cells": {"56": [null, ["Q6x_JEzatcuP2RZtZZ6ykQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1234, 1, 5, 'iA89MQBKWdutheo8HW4Hkg', '{"op": "update", "cells": {"56": [null, ["YTywmZ-ooKySJhMddYbpRA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1235, 1, 5, 'Hclx8gz5CJ0MeFfyUt78Ow', '{"op": "update", "cells": {"56": [null, ["CjLXUs_aTxXsQZDW6ANucQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1236, 1, 5, 'gR8SCKfE_dPwV21C3-TI9g', '{"op": "update", "cells": {"56": [null, ["bfBm03h0X6t71ZFUdhdtqw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1237, 1, 5, 'XXk77MUOMyGPwiGLzeyYcg', '{"op": "update", "cells": {"56": [null, ["6NNNswSIzHGg_stIUAS6kQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1238, 1, 5, 'qj2HhylkFnNDWVVfejG9sA', '{"op": "update", "cells": {"56": [null, ["yl_xqZFszCH4b-cSpa453A"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1239, 1, 5, 'HCD7U55SG0quFQwk1syx-g', '{"op": "update", "cells": {"56": [null, ["QbbNlrZJ0qEMV9onetdCkQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1240, 1, 5, 'FRaJzuV88TJWfi6vnufYdw', '{"op": "update", "cells": {"56": [null, ["MOonKX19mgAhhe7wVC3x_Q"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1241, 1, 5, 'RzgAejN3oGilYwlgbrebZA', '{"op": "update", "cells": {"56": [null, ["wHQn0g-j7vFRvLr7EN9zqQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1242, 1, 5, 'cHE28dSJR900g0TlA-vE8Q', '{"op": "update", "cells": {"56": [null, ["vdHIfQksbcYUhjbEmqiSfQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1243, 1, 5, 'L5n7fJdRES4LTLK-CjVQtA', '{"op": "update", "cells": {"56": [null, ["WRmnkkSQi_g59Rcaq6-ceA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1244, 1, 5, 'pGH6ch9A7btKiUsRSLia5g', '{"op": "update", "cells": {"56": [null, ["7pVxGbMwoqwCPSxX2DH3vw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1245, 1, 5, 'ZTxT9Y-QA44XbqRk6Fhb3Q', '{"op": "update", "cells": {"56": [null, ["Yn6zBGTJaBsltonWpCzUOw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1246, 1, 5, 'v3SENMYW8nYhkKtNw3VOXw', '{"op": "update", "cells": {"56": [null, ["-Sj4F6SvHaZKGcEXVZmtDQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1247, 1, 5, 'tioHIb7qpM0jgi6isZSSAQ', '{"op": "update", "cells": {"56": [null, ["47tPgioczxXnQS2SSodxew"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1248, 1, 5, '2w4-Hgdqy5hXjrmJkaZf-A', '{"op": "update", "cells": {"56": [null, ["75n7Zz_EXJ-RlKe2ubzUzA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1249, 1, 5, 'tHIjHPUlEtk4IuZjhAF3DQ', '{"op": "update", "cells": {"56": [null, ["SfTQ_Xps7Y3DYECOzPN9kw"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1250, 1, 5, 'e--tWPdDQyFOOfcKYjOAqg', '{"op": "update", "cells": {"56": [null, ["8sCYtofS1iPeFmlt6xFIBQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1251, 1, 5, '65iouzY6-pi-8Q4sg94OUw', '{"op": "update", "cells": {"56": [null, ["2kdKFJmRvHhF1XwAeXv6kA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1252, 1, 5, 'juK9dpF1Rszald_y-ic3Uw', '{"op": "update", "cells": {"56": [null, ["TBP-NU3UQvNbCAPFgylzmQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1253, 1, 5, '9N1LQfjlxuVZ7DybfViyFw', '{"op": "update", "cells": {"56": [null, ["vWBRkRjlDHSCc2bLsalXtg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1254, 1, 5, 'fLTFyGSQ9btT3GYoWeOfxw', '{"op": "update", "cells": {"56": [null, ["xKJEIhqQy93HtN4BpLq2wQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1255, 1, 5, 'rbeM44WL1lXZ5Dnhy8EyhQ', '{"op": "update", "cells": {"56": [null, ["Rp4PIcL1hICaE7xoXRErXA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1256, 1, 5, '4fR7BfaCNRbzvZbbHwnqow', '{"op": "update", "cells": {"56": [null, ["S6Imk9CruqEfJl9Cx7kjwg"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1257, 1, 5, 'LJv79iIYJKjdWviLviw0Dg', '{"op": "update", "cells": {"56": [null, ["dOxUSFLTNPdf4iKQ_3q9VQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1258, 1, 5, '7jGmQuGmqf8mSaHNqZ5dcA', '{"op": "update", "cells": {"56": [null, ["7HYsXyHbZ6llqBYTxt8AxA"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1259, 1, 5, 'hgKRt41Q8PmHvm2yiFjl5A', '{"op": "update", "cells": {"56": [null, ["zPrk0lLSWHGWaGazJp2iKQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1260, 1, 5, 'FCqxvBBQUlXF2MhLXaD_nA', '{"op": "update", "cells": {"56": [null, ["-sHj5S3t6PU1hGn5mP7KQQ"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1261, 1, 5, 'JU0LkbdExwRHFahl4yUUQQ', '{"op": "update", "cells": {"56": [null, ["fwIXArNAPsiQ9hJU8G4a0w"]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1262, 1, 6, 'MfFSXwO_1YdwN7-d_SK9bQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1263, 1, 6, 'uYDthHeWsaoPx1OTPwbA_w', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1264, 1, 6, 'NVk-YoV1wnXd1ll6tzQajQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1265, 1, 6, 'CKuvxEFTgEVg1jDu7YXg-g', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1266, 1, 6, 'RRw2V1i5dlseE3hGAe95FQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1267, 1, 6, '7XFeUnVRto3KxvJIlblw0Q', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1268, 1, 6, '-JDQYLRQeq5tmGr-TA5irw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1269, 1, 6, 'Xjq_2PGm0HzgPgms7Kppbg', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1270, 1, 6, '8tNIXgzVqW6E9v0zsHcfUw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1271, 1, 6, '4AnHYD2at-JKeh26_IGEKA', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1272, 1, 6, 'SvLnDE4-lRYlmxrQabgEpw', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1273, 1, 6, 'TqhIJieAKMPmokLuVRnFCQ', '{"op": "insert"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1274, 3, 3, '0TrIt2lluK-SnaMy5XYFxw', '{"op": "update", "cells": {"87": [[], [{"id": "xxrNtkrV90jJmtkJ_t2gAw", "url": "/api/files/xxrNtkrV90jJmtkJ_t2gAw", "mime": "application/pdf", "name": "invoice-scan.pdf", "size": 1074}]]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1275, 6, 3, '', '{"op": "insert", "rows": "payload"}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1276, 7, 3, 's1mdqJOpseKSh8iX5pZEDw', '{"op": "update", "cells": {"88": [null, "added after import"]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1277, 9, 3, 'e096yrLdClJn9i7lfAsYew', '{"op": "update", "cells": {"88": [null, "kept"]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1278, 10, 3, 'e096yrLdClJn9i7lfAsYew', '{"op": "update", "cells": {"88": ["kept", "undone"]}}');
INSERT INTO tablo_upgrade_fixture.row_changes VALUES (1279, 11, 3, 'e096yrLdClJn9i7lfAsYew', '{"op": "update", "cells": {"88": ["undone", "kept"]}}');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.sessions VALUES (1, '5777738d949836cf400550abf7ca9c5d6ae23409883e4a1ccc59e1e203965db7', 1, '2026-12-07 00:28:17.522918', '2027-01-06 00:28:17.522925');
INSERT INTO tablo_upgrade_fixture.sessions VALUES (2, 'f53a4632ba855549b8d917206d639c3c257a38a9136c2c8b62bb24405d9ba48c', 2, '2026-12-07 00:28:17.621705', '2027-01-06 00:28:17.621716');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: share_links; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.share_links VALUES (1, 1, 17, '90bd23c970b0aea83f215e2ae25170ef30703f6dd04686a5a9c215a5392e0c55', NULL, NULL, 1, '2026-12-07 00:28:22.641356', NULL);


--
-- Data for Name: t_1; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.t_1 VALUES (2, 'qUPUqoUjdB0BD_N4reenJg', 2, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Пётр Орлов', 'null', '5daf2c', 'manager2@example.ru', '+7 495 555-01-11', 30504600);
INSERT INTO tablo_upgrade_fixture.t_1 VALUES (4, 'Af3mBgvBNbDJdvoP7gJPnQ', 4, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Дмитрий Волков', 'null', 'eaed92', 'manager4@example.ru', '+7 495 555-01-13', 0);
INSERT INTO tablo_upgrade_fixture.t_1 VALUES (3, '0dp0EhnY_cycqdsCiKr7AA', 3, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Ольга Ким', 'null', '5daf2c', 'manager3@example.ru', '+7 495 555-01-12', 27242900);
INSERT INTO tablo_upgrade_fixture.t_1 VALUES (1, 'Kj_oVovoEzI76bIFiOFwEA', 1, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Анна Смирнова', '[1]', '5daf2c', 'manager1@example.ru', '+7 495 555-01-10', 19281820);


--
-- Data for Name: t_2; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.t_2 VALUES (1, 'XPLtp9lOY6peNi67fiGofQ', 1, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Ромашка»', '1588139984', '775401001', '30a22d', 60, 5000000, 'Сергей Новиков', 'buh1@client1.ru', '+7 812 600-10-20', 4005800, 0.80116, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (2, 'JAhpoo55DCRi34mijk2pkQ', 2, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'АО «Северсталь-Трейд»', '3091141700', '778801001', '30a22d', 45, 2000000, 'Игорь Соколов', 'buh2@client2.ru', '+7 812 600-11-21', 2794700, 1.39735, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (3, '2S5sq0yN1XZr1m99dxM5rg', 3, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ИП Иванов А. А.', '6455681516', '777201001', '5b0587', 60, 2000000, 'Мария Лебедева', 'buh3@client3.ru', '+7 812 600-12-22', 2217600, 1.1088, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (4, 'FFH1RX-AAwK_wUuOkSFAnQ', 4, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «ТехноПром»', '7294055764', '771201001', '7c161f', 45, 5000000, 'Елена Петрова', 'buh4@client4.ru', '+7 812 600-13-23', 1817400, 0.36348, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (5, 'w0DOedfgBstcSIXT_z1URg', 5, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Вектор»', '6897684697', '776201001', '7c161f', 60, 500000, 'Игорь Соколов', 'buh5@client5.ru', '+7 812 600-14-24', 3161100, 6.3222, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (6, 'd0MmMDp62sPvW5Nx1tW3VA', 6, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'АО «Балтика-Снаб»', '2081967277', '773001001', '30a22d', 14, 5000000, 'Сергей Новиков', 'buh6@client6.ru', '+7 812 600-15-25', 2894400, 0.57888, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (7, 'SgGVD40Bk36m9K3ljah-_w', 7, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «СтройМаркет»', '8486488763', '775601001', '7c161f', 30, 2000000, 'Мария Лебедева', 'buh7@client7.ru', '+7 812 600-16-26', 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (8, 'M64qEdMamrfSNA1GTkwUrg', 8, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Агроинвест»', '0029787535', '773401001', '218a0e', 45, 5000000, 'Сергей Новиков', 'buh8@client8.ru', '+7 812 600-17-27', 2693500, 0.5387, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (9, 'KYbLieevA80Y-dr0lRLSrA', 9, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «ЛогистикПлюс»', '6804571781', '773401001', '7c161f', 45, 1000000, 'Сергей Новиков', 'buh9@client9.ru', '+7 812 600-18-28', 3869900, 3.8699, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (10, 'UVcWG_FyWSEj4PKmyOS3mg', 10, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ЗАО «Уралхим-Сбыт»', '7147513621', '775801001', '30a22d', 14, 500000, 'Елена Петрова', 'buh10@client10.ru', '+7 812 600-19-29', 1124300, 2.2486, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (11, 'pMMSjAmIcqWoatLXjQ_Z9w', 11, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Медтехника»', '7981933199', '770601001', '7c161f', 60, 2000000, 'Мария Лебедева', 'buh11@client11.ru', '+7 812 600-20-30', 4070600, 2.0353, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (12, 'a7KdZGcBJwSCyYJOR_mY1A', 12, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Интерьер-Центр»', '2059972835', '776101001', '218a0e', 60, 1000000, 'Мария Лебедева', 'buh12@client12.ru', '+7 812 600-21-31', 4308200, 4.3082, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (14, 'oqXV-KQ6BNG3Kg_393WvXQ', 14, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Волга-Опт»', '0161055000', '776601001', '7c161f', 45, 2000000, 'Мария Лебедева', 'buh14@client14.ru', '+7 812 600-23-33', 3683900, 1.84195, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (15, 'LQ-Qy9HD0bcecTAvIr1cZg', 15, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ПАО «Энергосбыт-Юг»', '7517799223', '777601001', '30a22d', 60, 1000000, 'Сергей Новиков', 'buh15@client15.ru', '+7 812 600-24-34', 1170500, 1.1705, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (16, 'q5sj4DcCpmfSNVLazkb7Zg', 16, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Кондитер»', '9579318607', '772601001', '7c161f', 30, 500000, 'Елена Петрова', 'buh16@client16.ru', '+7 812 600-25-35', 2186600, 4.3732, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (17, 'Db3JQglmW9isy1Ef1Inozw', 17, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «АвтоДеталь»', '7370283821', '772101001', '218a0e', 30, 5000000, 'Мария Лебедева', 'buh17@client17.ru', '+7 812 600-26-36', 1899300, 0.37986, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (18, 'wgrWHBmwVj737qFTogZpBw', 18, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Фармасистемы»', '6861642527', '773401001', '7c161f', 45, 5000000, 'Сергей Новиков', 'buh18@client18.ru', '+7 812 600-27-37', 4905500, 0.9811, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (19, 'ZFx4HiF6uABUy3Y4rj8zNg', 19, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Печатный двор»', '4725877188', '776801001', '5b0587', 30, 500000, 'Игорь Соколов', 'buh19@client19.ru', '+7 812 600-28-38', 1531000, 3.062, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (20, 'V6u6257aY2F-1py4yw22VA', 20, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Северный ветер»', '3017568206', '774601001', '7c161f', 30, 2000000, 'Игорь Соколов', 'buh20@client20.ru', '+7 812 600-29-39', 5147200, 2.5736, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (22, 'zmh2wEjnwZl00APHA6fi7g', 22, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Зелёная долина»', '4162105212', '776501001', '218a0e', 30, 2000000, 'Елена Петрова', 'buh22@client22.ru', '+7 812 600-31-41', 1114900, 0.55745, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (23, 'jeEGGs-9oeMtzp6JtGLDdA', 23, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'АО «Камский металл»', '4524410643', '775401001', '30a22d', 14, 500000, 'Елена Петрова', 'buh23@client23.ru', '+7 812 600-32-42', 1002100, 2.0042, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (24, 'o9tjzfmKOoS8MqxozlC8Kg', 24, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Офис-Комплект»', '3041189551', '775901001', '7c161f', 60, 500000, 'Сергей Новиков', 'buh24@client24.ru', '+7 812 600-33-43', 837900, 1.6758, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (25, 'rCSkqBih5xHXTUl7kT8VFw', 25, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Дон-Агро»', '5939761584', '778801001', '7c161f', 30, 5000000, 'Мария Лебедева', 'buh25@client25.ru', '+7 812 600-34-44', 906800, 0.18136, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (26, 'L6Jkqp3LL2d6q3oW478r2g', 26, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Бизнес-Софт»', '5060454142', '779901001', '218a0e', 45, 2000000, 'Елена Петрова', 'buh26@client26.ru', '+7 812 600-35-45', 3704700, 1.85235, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (27, 'HZdx3yS7PPspwZNt0sQlNA', 27, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Алтай-Мёд»', '8538012914', '771601001', '5b0587', 14, 1000000, 'Мария Лебедева', 'buh27@client27.ru', '+7 812 600-36-46', 2447000, 2.447, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (21, 'h_3fQStmnY7mbAkhtuPsdA', 21, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Меридиан»', '1948939499', '773501001', '7c161f', 60, 1000000, 'Елена Петрова', 'buh21@client21.ru', '+7 812 600-30-40', 1892700, 1.8927, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (13, '_rccd15ELGIGdixvVWUDzQ', 13, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Сибирский лес»', '1622948667', '772001001', '7c161f', 60, 1000000, 'Сергей Новиков', 'buh13@client13.ru', '+7 812 600-22-32', 5581020, 5.58102, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (28, 'gC5cKqV85BS318qGPeqm5Q', 28, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «ТрансСервис»', '9406925660', '774901001', '7c161f', 30, 5000000, 'Игорь Соколов', 'buh28@client28.ru', '+7 812 600-37-47', 1014000, 0.2028, false);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (29, 'DgZjV3RDrTs-T2MZhXCYfA', 29, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Невская упаковка»', '2280886424', '773001001', '7c161f', 14, 500000, 'Мария Лебедева', 'buh29@client29.ru', '+7 812 600-38-48', 2347500, 4.695, true);
INSERT INTO tablo_upgrade_fixture.t_2 VALUES (30, 'fRYhmEsmBtW5DhtJf1R2qg', 30, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'ООО «Полимер-Групп»', '8764529128', '777101001', '30a22d', 14, 2000000, 'Мария Лебедева', 'buh30@client30.ru', '+7 812 600-39-49', 2699200, 1.3496, true);


--
-- Data for Name: t_3; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.t_3 VALUES (62, 'BMErYZvKIx5FQK9Lh3NO9g', 62, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0062', 'null', '2026-07-31 00:00:00', '2026-08-30 00:00:00', 430000, NULL, NULL, true, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 430000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (2, 'e096yrLdClJn9i7lfAsYew', 2, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:22.734662', 1, 1, 'СЧ-2026-0002', '[1]', '2026-06-09 00:00:00', '2026-08-08 00:00:00', 1171800, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 0, 117180, 0, '2026-11-17 00:00:00', 1054620, NULL, NULL, 'kept');
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (3, 'VoouMuEAZDeiB0d33ftE8g', 3, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0003', 'null', '2026-08-08 00:00:00', '2026-09-22 00:00:00', 1078000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 539000, 0, 539000, '2026-12-04 00:00:00', 0, 73, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (1, '0TrIt2lluK-SnaMy5XYFxw', 1, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:21.133338', 1, 1, 'СЧ-2026-0001', 'null', '2026-07-27 00:00:00', '2026-09-25 00:00:00', 909100, NULL, NULL, NULL, true, '4fb9b1', NULL, NULL, NULL, 909100, 0, 0, '2026-09-15 00:00:00', 0, 0, '[{"id": "xxrNtkrV90jJmtkJ_t2gAw", "mime": "application/pdf", "name": "invoice-scan.pdf", "size": 1074}]', NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (4, 'jBbMwXkO77EMjHkdvE_bVA', 4, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0004', 'null', '2026-11-07 00:00:00', '2026-12-07 00:00:00', 847300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 847300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (41, 'mHe9152Xat0d4pIT8qGcAA', 41, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0041', 'null', '2026-11-27 00:00:00', '2027-01-11 00:00:00', 594400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 297200, 0, 0, '2026-12-04 00:00:00', 297200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (5, 'MlRw7j9HUaleLENFOFrFBg', 5, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0005', 'null', '2026-11-09 00:00:00', '2026-12-09 00:00:00', 1022000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 511000, 0, 0, '2026-11-01 00:00:00', 511000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (6, '8zpSucn1tIp1nWs4KEsyIQ', 6, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0006', 'null', '2026-11-11 00:00:00', '2026-12-11 00:00:00', 799200, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 0, 0, 0, NULL, 799200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (7, '_MCmIlWpvrD0HLsHxnklbg', 7, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0007', 'null', '2026-09-24 00:00:00', '2026-10-08 00:00:00', 364900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 364900, 0, 0, '2026-10-06 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (8, 'DOJZsZeiBK8L0cO-HQJVzg', 8, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0008', 'null', '2026-09-07 00:00:00', '2026-10-22 00:00:00', 977400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 977400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (9, '3S1URnl-8730ddWMTgp1sg', 9, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0009', 'null', '2026-09-18 00:00:00', '2026-10-02 00:00:00', 653800, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 653800, 0, 0, '2026-09-29 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (147, 'fLaJ3FFDYnhk674AiPe8ZQ', 147, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0147', 'null', '2026-09-18 00:00:00', '2026-11-02 00:00:00', 19500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 19500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (10, 'mzmoC16bxzILVaszU4WOpg', 10, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0010', '[1]', '2026-06-04 00:00:00', '2026-07-04 00:00:00', 101700, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 101700, 0, 0, '2026-07-13 00:00:00', 0, 9, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (11, 'd645sWHMfivkg9fQbOdGYw', 11, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0011', 'null', '2026-07-11 00:00:00', '2026-09-09 00:00:00', 424000, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 424000, 0, 0, '2026-09-04 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (12, 'EcUnA0ekEHjOInEuR3VSwQ', 12, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0012', 'null', '2026-06-05 00:00:00', '2026-06-19 00:00:00', 793600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 793600, 0, 0, '2026-06-29 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (13, 'ru2raWujQgQNFd9HaXhCvQ', 13, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0013', 'null', '2026-07-09 00:00:00', '2026-08-23 00:00:00', 467200, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 467200, 0, 0, '2026-08-21 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (14, 'ic5QtenTdn1C1adrJSIDpA', 14, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0014', 'null', '2026-11-01 00:00:00', '2026-12-31 00:00:00', 680100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 340000, 0, 0, '2026-11-20 00:00:00', 340100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (15, '6rwOfFoUwcklfBy0IiESTg', 15, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0015', 'null', '2026-06-07 00:00:00', '2026-07-22 00:00:00', 405100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 405100, 0, 0, '2026-07-18 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (16, 'oJTSSc5skmsO-t5b_lkeiA', 16, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0016', 'null', '2026-12-05 00:00:00', '2026-12-19 00:00:00', 331500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 99400, 0, 0, '2026-12-06 00:00:00', 232100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (17, 'vGUUSdxeuIIOLTSf74V53Q', 17, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0017', '[1]', '2026-08-08 00:00:00', '2026-09-07 00:00:00', 1023800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1023800, 0, 0, '2026-08-28 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (18, '7k_sQTqtk3snSx-EH0G35Q', 18, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0018', 'null', '2026-08-12 00:00:00', '2026-09-26 00:00:00', 625200, NULL, NULL, true, NULL, 'd2dd88', NULL, NULL, NULL, 312600, 0, 0, '2026-08-15 00:00:00', 312600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (19, 'BV3y0CSYjqE90Hskda73mA', 19, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0019', 'null', '2026-08-11 00:00:00', '2026-09-25 00:00:00', 259500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 181600, 0, 0, '2026-08-21 00:00:00', 77900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (20, 'nd8NIpUvAykPSYxgmNRMwA', 20, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0020', 'null', '2026-07-20 00:00:00', '2026-08-03 00:00:00', 885100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 885100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (21, 'tKX_coSwd8bFhhA7sDHreQ', 21, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0021', 'null', '2026-08-07 00:00:00', '2026-09-06 00:00:00', 317600, true, '423fe6', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 317600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (22, 'gA1yrd4_jSd7Ff7pKZHrIQ', 22, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0022', 'null', '2026-05-28 00:00:00', '2026-06-11 00:00:00', 567300, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 567300, 0, 0, '2026-07-03 00:00:00', 0, 22, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (23, 'Ohycdumfc-dkEEELg3SuDw', 23, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0023', 'null', '2026-06-16 00:00:00', '2026-07-16 00:00:00', 645700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 645700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (24, '35A5u3vV_IG6ofEFEcQ_Pg', 24, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0024', '[1]', '2026-09-17 00:00:00', '2026-10-17 00:00:00', 797800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 797800, 0, 0, '2026-10-11 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (25, 'dSrKOAFGfwKBhFZ-gfQPIg', 25, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0025', 'null', '2026-11-10 00:00:00', '2027-01-09 00:00:00', 1111700, true, '733ba7', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1111700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (26, 'C-5Gbnf27S5VUTqOg0nR7w', 26, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0026', 'null', '2026-07-26 00:00:00', '2026-08-25 00:00:00', 164900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 164900, 0, 0, '2026-09-01 00:00:00', 0, 7, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (27, '5nNqZkeQi_1i8lfL2NJx9w', 27, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0027', 'null', '2026-06-05 00:00:00', '2026-07-05 00:00:00', 653800, NULL, NULL, NULL, NULL, 'dfcd07', '2026-12-06 00:00:00', 653800, NULL, 653800, 0, 0, '2026-07-30 00:00:00', 0, 25, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (289, 'mCis3Lqj2NBqU3YCrJz5Tg', 289, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0289', 'null', '2026-10-17 00:00:00', '2026-12-16 00:00:00', 667500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 667500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (28, 'oRoOcWuzVBvfcmlGKgcVkw', 28, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0028', 'null', '2026-11-02 00:00:00', '2026-11-16 00:00:00', 332100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 332100, 0, 0, '2026-11-28 00:00:00', 0, 12, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (29, '2LMjpkiBeTL91zCSqYG_HA', 29, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0029', '[1]', '2026-10-29 00:00:00', '2026-11-28 00:00:00', 505500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 353800, 0, 0, '2026-10-30 00:00:00', 151700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (30, 'DX-uIIC22tGcolRMCTMK3A', 30, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0030', 'null', '2026-06-16 00:00:00', '2026-08-15 00:00:00', 900400, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 900400, 0, 0, '2026-08-25 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (31, 'nskF4Gr1bV1ytHHl5zqwwg', 31, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0031', 'null', '2026-10-03 00:00:00', '2026-10-17 00:00:00', 404600, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 404600, 0, 0, '2026-11-08 00:00:00', 0, 22, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (32, 'Ku0tydEuKdh01pJJTBcOuA', 32, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0032', 'null', '2026-10-28 00:00:00', '2026-12-27 00:00:00', 650000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 650000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (33, 'ekFmwdgaPyxpr1PWPINK5w', 33, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0033', 'null', '2026-06-10 00:00:00', '2026-08-09 00:00:00', 262900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 262900, 0, 0, '2026-08-27 00:00:00', 0, 18, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (34, 'qi6rLw0wAMksCzN1dV3MjA', 34, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0034', '[1]', '2026-07-01 00:00:00', '2026-07-31 00:00:00', 830200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 830200, 0, 0, '2026-08-03 00:00:00', 0, 3, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (35, 'LiAYh20ndJZHQKUVPF1Q0A', 35, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0035', '[1]', '2026-06-01 00:00:00', '2026-06-15 00:00:00', 447800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 447800, 0, 0, '2026-07-08 00:00:00', 0, 23, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (36, '5wK-MMYWBhzx8mI6VfbIhA', 36, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0036', 'null', '2026-08-13 00:00:00', '2026-10-12 00:00:00', 462200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 138700, 0, 0, '2026-08-31 00:00:00', 323500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (37, 'i_LUMPOX6dIjU11M0HSDKA', 37, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0037', 'null', '2026-07-26 00:00:00', '2026-09-09 00:00:00', 987800, NULL, NULL, true, NULL, 'd2dd88', '2026-12-13 00:00:00', 987800, NULL, 0, 0, 0, NULL, 987800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (38, '6IKhXtnHs27_gyx6y0zqLg', 38, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0038', '[1]', '2026-11-10 00:00:00', '2026-12-10 00:00:00', 472700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 330900, 0, 0, '2026-11-25 00:00:00', 141800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (39, 'P0MZlSMpYos9DrAu-aOT_w', 39, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0039', 'null', '2026-11-03 00:00:00', '2027-01-02 00:00:00', 46500, true, 'e6dfd0', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 14000, 0, 0, '2026-11-21 00:00:00', 32500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (40, 'uPBdO5nTc2U2fn76SeH2Pg', 40, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0040', 'null', '2026-05-29 00:00:00', '2026-07-28 00:00:00', 728300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 728300, 0, 0, '2026-08-08 00:00:00', 0, 11, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (42, 'B-4P2u1ntMSB5owqQLjJng', 42, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0042', '[1]', '2026-07-25 00:00:00', '2026-08-24 00:00:00', 34400, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 0, 0, 0, NULL, 34400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (43, 'HNf1lhdTmRgV6__Vpra_Kg', 43, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0043', 'null', '2026-09-30 00:00:00', '2026-11-29 00:00:00', 923900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 923900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (44, 'wGBWNpD72JnCeVTrMLO8CA', 44, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0044', 'null', '2026-07-25 00:00:00', '2026-08-08 00:00:00', 159800, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 159800, 0, 0, '2026-08-11 00:00:00', 0, 3, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (45, 'bweXQ3sIcAa_qBE8pE5MLA', 45, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0045', '[1]', '2026-10-06 00:00:00', '2026-12-05 00:00:00', 248000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 74400, 0, 0, '2026-10-23 00:00:00', 173600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (46, 'YoRUWiexnIRMqENK-OK5Xw', 46, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0046', 'null', '2026-06-29 00:00:00', '2026-07-13 00:00:00', 966600, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 483300, 0, 0, '2026-07-17 00:00:00', 483300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (47, '0oxvWU_XvF9jJohXgOAfDg', 47, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0047', 'null', '2026-10-20 00:00:00', '2026-11-03 00:00:00', 785800, true, 'e6dfd0', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 785800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (48, 'DJD0GKLa6Ga64ntbr8v1wg', 48, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0048', 'null', '2026-06-25 00:00:00', '2026-07-25 00:00:00', 66700, NULL, NULL, NULL, NULL, 'dfcd07', NULL, NULL, NULL, 0, 0, 0, NULL, 66700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (49, 'l484zpjE4JxLX741-p6Lhg', 49, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0049', 'null', '2026-07-23 00:00:00', '2026-09-06 00:00:00', 480700, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 480700, 0, 0, '2026-08-29 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (50, 'pdDSpC5F7rB5swiUBpP7_A', 50, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0050', '[1]', '2026-09-27 00:00:00', '2026-11-26 00:00:00', 1180500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 590200, 0, 0, '2026-09-30 00:00:00', 590300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (51, 'VqXRrsABCAFXSPxJSj104A', 51, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0051', 'null', '2026-08-08 00:00:00', '2026-08-22 00:00:00', 1046600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1046600, 0, 0, '2026-09-01 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (52, 'W4eBMCmTpmk9Pc5mJB-nYQ', 52, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0052', 'null', '2026-08-22 00:00:00', '2026-10-21 00:00:00', 809900, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 809900, 0, 0, '2026-11-02 00:00:00', 0, 12, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (53, 'zYPTcBoAmKKSbUG1GcXcBg', 53, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0053', '[1]', '2026-06-16 00:00:00', '2026-07-16 00:00:00', 1192700, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 1192700, 0, 0, '2026-08-09 00:00:00', 0, 24, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (54, 'rlI75qdMFSEmOPMf9gtAXg', 54, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0054', 'null', '2026-07-05 00:00:00', '2026-07-19 00:00:00', 1146100, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 0, 0, 0, NULL, 1146100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (55, 'AMgozNnTP8FZ2MF2hWamWg', 55, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0055', 'null', '2026-12-02 00:00:00', '2027-01-16 00:00:00', 541500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 162400, 0, 0, '2026-12-06 00:00:00', 379100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (56, 'A_iGJjLbgLqUhe4QvSn_pw', 56, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0056', 'null', '2026-09-15 00:00:00', '2026-10-30 00:00:00', 541000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 541000, 0, 0, '2026-11-13 00:00:00', 0, 14, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (57, 'sGLTQbt3Sl0R9JopM92PQw', 57, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0057', 'null', '2026-08-15 00:00:00', '2026-09-29 00:00:00', 891500, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 891500, 0, 0, '2026-10-07 00:00:00', 0, 8, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (58, 'UVZT6wrePiefz3LoplPbDA', 58, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0058', '[1]', '2026-10-11 00:00:00', '2026-12-10 00:00:00', 1043100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 312900, 0, 0, '2026-10-15 00:00:00', 730200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (59, 's_PcB3ZzGL_hLMqb0kAjOQ', 59, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0059', 'null', '2026-07-23 00:00:00', '2026-09-21 00:00:00', 482600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 241300, 0, 0, '2026-08-10 00:00:00', 241300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (60, 'xCDKODofdlQFWpmnLDnLeg', 60, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0060', 'null', '2026-07-01 00:00:00', '2026-08-30 00:00:00', 992400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 992400, 0, 0, '2026-09-16 00:00:00', 0, 17, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (61, 'cbd2oMZPi2h5u7t67SED2A', 61, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0061', 'null', '2026-07-08 00:00:00', '2026-08-22 00:00:00', 623900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 312000, 0, 0, '2026-07-16 00:00:00', 311900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (63, 'uUKyOGvlRc74MrKj6E0GcA', 63, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0063', 'null', '2026-09-05 00:00:00', '2026-09-19 00:00:00', 1027200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1027200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (64, 'dESSp5RcCK6xb_8aPOFPUg', 64, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0064', '[1]', '2026-07-02 00:00:00', '2026-08-01 00:00:00', 481400, NULL, NULL, true, NULL, 'dfcd07', NULL, NULL, NULL, 0, 0, 0, NULL, 481400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (65, '0Yt_G0pnDF7EO3cvYmD5lA', 65, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0065', 'null', '2026-07-07 00:00:00', '2026-09-05 00:00:00', 426200, NULL, NULL, true, NULL, 'e85c5f', NULL, NULL, NULL, 426200, 0, 0, '2026-09-01 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (66, 'bNT9hC-GH0ghNdQAKybdhw', 66, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0066', 'null', '2026-11-10 00:00:00', '2027-01-09 00:00:00', 994700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 696300, 0, 0, '2026-11-26 00:00:00', 298400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (67, 'EYvd8_qtPnZ0gcPNi5S8Fg', 67, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0067', 'null', '2026-10-08 00:00:00', '2026-12-07 00:00:00', 192000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 57600, 0, 0, '2026-10-26 00:00:00', 134400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (68, 'jGjbO7IhIUwD5CphY9IWYQ', 68, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0068', '[1]', '2026-06-15 00:00:00', '2026-08-14 00:00:00', 564600, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 0, 0, 0, NULL, 564600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (69, 'A-lgbQaIRrw7Wm1RS6kesg', 69, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0069', 'null', '2026-10-22 00:00:00', '2026-12-06 00:00:00', 522400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 365700, 0, 0, '2026-11-09 00:00:00', 156700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (70, 'Hb5lUsTBEK0A36ofRg1Wdg', 70, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0070', '[1]', '2026-11-01 00:00:00', '2026-12-31 00:00:00', 729000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 729000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (71, 'djkyux2HXRvEJbib9FK01A', 71, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0071', 'null', '2026-11-11 00:00:00', '2026-12-26 00:00:00', 838400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 251500, 0, 0, '2026-11-25 00:00:00', 586900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (72, '_3akoUxWituXmw-7zkrUDA', 72, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0072', 'null', '2026-08-20 00:00:00', '2026-10-19 00:00:00', 1031500, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 0, 0, 0, NULL, 1031500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (73, 'yJJUwNa2O9r7qAzCOv5Qww', 73, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0073', 'null', '2026-07-26 00:00:00', '2026-09-09 00:00:00', 560200, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 560200, 0, 0, '2026-09-15 00:00:00', 0, 6, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (74, 'MU8kKqa9Dts17xTjNDOizw', 74, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0074', 'null', '2026-10-18 00:00:00', '2026-11-01 00:00:00', 727000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 727000, 0, 0, '2026-11-11 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (75, '9V0d7PeWjr8n8z26fWdxFQ', 75, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0075', '[1]', '2026-06-18 00:00:00', '2026-08-17 00:00:00', 141200, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 141200, 0, 0, '2026-09-03 00:00:00', 0, 17, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (76, '4Ack8aidXCdD_1AB8nqQmQ', 76, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0076', 'null', '2026-05-21 00:00:00', '2026-07-05 00:00:00', 583600, NULL, NULL, NULL, NULL, '4a6d88', '2026-12-21 00:00:00', 583600, NULL, 583600, 0, 0, '2026-07-24 00:00:00', 0, 19, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (77, 'HsfHRmAPuJsM85i_5m99CQ', 77, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0077', 'null', '2026-08-31 00:00:00', '2026-10-15 00:00:00', 370500, true, '733ba7', NULL, NULL, 'd2dd88', '2026-12-04 00:00:00', 370500, NULL, 0, 0, 0, NULL, 370500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (78, 'MwlYNAVqO4WZHFM13Nz-Sw', 78, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0078', 'null', '2026-08-13 00:00:00', '2026-09-27 00:00:00', 137200, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 96000, 0, 0, '2026-09-02 00:00:00', 41200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (79, 'RNihRArof0ESGb3bHQixOw', 79, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0079', '[1]', '2026-06-02 00:00:00', '2026-07-02 00:00:00', 869000, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 869000, 0, 0, '2026-07-20 00:00:00', 0, 18, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (80, '2_CHVGf0OE8lSh4TLMyZbA', 80, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0080', 'null', '2026-09-19 00:00:00', '2026-11-03 00:00:00', 192200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 134500, 0, 0, '2026-09-25 00:00:00', 57700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (81, 'nJgzjrSWL94LHU8UV3RbAQ', 81, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0081', 'null', '2026-08-07 00:00:00', '2026-09-21 00:00:00', 537700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 161300, 0, 0, '2026-08-17 00:00:00', 376400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (82, '_HhzpeEHbfBmkxgmp1at4w', 82, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0082', 'null', '2026-10-16 00:00:00', '2026-12-15 00:00:00', 395800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 395800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (83, '-jGoSCzx34LwHZSUD44SYQ', 83, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0083', '[1]', '2026-10-19 00:00:00', '2026-12-03 00:00:00', 567600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 283800, 0, 0, '2026-10-22 00:00:00', 283800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (84, 'JL-pKt7x3XtFbJEjI4WqKw', 84, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0084', 'null', '2026-10-19 00:00:00', '2026-12-03 00:00:00', 418100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 292700, 0, 0, '2026-11-06 00:00:00', 125400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (85, 'kuE1QIt6rG7QaG-kgjrC5A', 85, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0085', 'null', '2026-10-30 00:00:00', '2026-11-13 00:00:00', 245100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 245100, 0, 0, '2026-11-10 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (86, 'azw_8LGQ2RhMB7aASMrwkg', 86, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0086', 'null', '2026-06-27 00:00:00', '2026-08-26 00:00:00', 720400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 360200, 0, 0, '2026-07-15 00:00:00', 360200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (87, 'wE1oK4g2Q1GO0vNS5j5Niw', 87, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0087', 'null', '2026-11-29 00:00:00', '2026-12-13 00:00:00', 1101800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 550900, 0, 0, '2026-12-06 00:00:00', 550900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (88, '3V2DXXl1WB49k-98qj9WGg', 88, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0088', '[1]', '2026-08-23 00:00:00', '2026-09-22 00:00:00', 100100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 100100, 0, 0, '2026-10-01 00:00:00', 0, 9, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (89, 'kS4ETW0VUMaJ82J52tb7hg', 89, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0089', 'null', '2026-07-22 00:00:00', '2026-08-05 00:00:00', 28400, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 0, 0, 0, NULL, 28400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (90, 'HIGX1OhOXPP1-ZyxE4b6dQ', 90, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0090', 'null', '2026-07-22 00:00:00', '2026-09-20 00:00:00', 898900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 898900, 0, 0, '2026-10-02 00:00:00', 0, 12, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (91, 'fHAOKhF1Yv2IRN4kgXhIWg', 91, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0091', 'null', '2026-09-10 00:00:00', '2026-10-10 00:00:00', 960200, NULL, NULL, NULL, NULL, '4fb9b1', '2026-12-01 00:00:00', 960200, NULL, 960200, 0, 0, '2026-10-05 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (92, 'fuQFvfo2yc8_atH5l75kUg', 92, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0092', '[1]', '2026-08-26 00:00:00', '2026-09-25 00:00:00', 157500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 157500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (93, 'BwISaRZNPbGOHPwpxhnZ2A', 93, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0093', 'null', '2026-06-15 00:00:00', '2026-08-14 00:00:00', 25600, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 25600, 0, 0, '2026-09-06 00:00:00', 0, 23, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (94, '2Z754mXlXZC5aiWnZb4crQ', 94, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0094', 'null', '2026-09-25 00:00:00', '2026-11-09 00:00:00', 515800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 515800, 0, 0, '2026-11-26 00:00:00', 0, 17, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (95, 'pf_g3_7I4wsfXjQ6BRaP_A', 95, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0095', 'null', '2026-07-21 00:00:00', '2026-08-20 00:00:00', 890100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 623100, 0, 0, '2026-08-06 00:00:00', 267000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (96, 'R-LyelNE2X8s1bmJfnGkAQ', 96, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0096', 'null', '2026-09-14 00:00:00', '2026-10-29 00:00:00', 666600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 666600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (97, 'k4pIUmUV03jjLuxC_4Q0ow', 97, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0097', 'null', '2026-06-06 00:00:00', '2026-07-21 00:00:00', 931900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 931900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (98, 'xE_vnXNRVojrsBRHh9pKoQ', 98, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0098', 'null', '2026-09-24 00:00:00', '2026-11-23 00:00:00', 837500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 418800, 0, 0, '2026-10-09 00:00:00', 418700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (99, '_IV5IjnKoX8aV1FdunLIAQ', 99, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0099', 'null', '2026-07-30 00:00:00', '2026-08-29 00:00:00', 526300, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 526300, 0, 0, '2026-08-24 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (100, '8Fva8yLmsMhf_3wbO1fhkQ', 100, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0100', 'null', '2026-09-17 00:00:00', '2026-10-01 00:00:00', 1139800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1139800, 0, 0, '2026-10-08 00:00:00', 0, 7, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (101, 'XpeU0kpHqmyp4m3DkwbbpA', 101, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0101', 'null', '2026-05-29 00:00:00', '2026-06-28 00:00:00', 865800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 606100, 0, 0, '2026-06-03 00:00:00', 259700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (198, 'xcyMbzDV7MTIJeIOWm9fxQ', 198, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0198', 'null', '2026-11-18 00:00:00', '2027-01-17 00:00:00', 484400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 242200, 0, 0, '2026-12-01 00:00:00', 242200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (102, 'bl-7mFxuZ4Gx71HtTqA4Vw', 102, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0102', '[1]', '2026-05-28 00:00:00', '2026-07-27 00:00:00', 676900, NULL, NULL, true, NULL, 'e85c5f', NULL, NULL, NULL, 676900, 0, 0, '2026-08-21 00:00:00', 0, 25, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (103, 'xg50XEX7BJA0R-SYFuYV2w', 103, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0103', '[1]', '2026-12-03 00:00:00', '2027-01-02 00:00:00', 718100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 215400, 0, 0, '2026-12-06 00:00:00', 502700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (104, 'GN-wXYpoka5FIxo7-xGWjQ', 104, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0104', 'null', '2026-11-28 00:00:00', '2027-01-12 00:00:00', 457400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 137200, 0, 0, '2026-12-06 00:00:00', 320200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (105, '_Tgrw-k48IIHcUEN1jyZ8g', 105, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0105', 'null', '2026-07-25 00:00:00', '2026-08-08 00:00:00', 837900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 837900, 0, 0, '2026-08-24 00:00:00', 0, 16, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (106, 'qv56sP_0Nvz4DHZjGZjh6Q', 106, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0106', 'null', '2026-11-28 00:00:00', '2027-01-12 00:00:00', 74000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 51800, 0, 0, '2026-12-05 00:00:00', 22200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (107, '2WE6X_tR08oY-H9eGJP-eQ', 107, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0107', '[1]', '2026-10-18 00:00:00', '2026-12-17 00:00:00', 909900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 909900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (108, 'XQU_BV6uzUCVVHXTPbrpyw', 108, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0108', 'null', '2026-09-09 00:00:00', '2026-11-08 00:00:00', 226300, NULL, NULL, NULL, NULL, 'd2dd88', '2026-12-19 00:00:00', 226300, NULL, 67900, 0, 0, '2026-09-12 00:00:00', 158400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (109, 'RnJwxOs-HRo3QP124KrJNw', 109, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0109', '[1]', '2026-08-14 00:00:00', '2026-09-13 00:00:00', 577300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 577300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (110, 'bqdIjcJV5hMJEwaODXR8lw', 110, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0110', 'null', '2026-10-20 00:00:00', '2026-12-19 00:00:00', 248000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 74400, 0, 0, '2026-11-05 00:00:00', 173600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (111, 'PqtlqxQTFWZ1BXtYeIoTkQ', 111, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0111', 'null', '2026-11-07 00:00:00', '2026-12-22 00:00:00', 175400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 122800, 0, 0, '2026-11-27 00:00:00', 52600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (112, 'QkcjKBsvKP9LmdxMyFMsCg', 112, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0112', 'null', '2026-12-02 00:00:00', '2026-12-16 00:00:00', 803300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 401600, 0, 0, '2026-12-06 00:00:00', 401700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (113, 'Lk7EGb4r9RpNWdxJfmwKyA', 113, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0113', 'null', '2026-08-28 00:00:00', '2026-10-12 00:00:00', 1162200, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 1162200, 0, 0, '2026-10-23 00:00:00', 0, 11, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (114, 'GH-7DlO6ogvCIAwblQJD6w', 114, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0114', '[1]', '2026-10-03 00:00:00', '2026-11-02 00:00:00', 665400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 665400, 0, 0, '2026-11-09 00:00:00', 0, 7, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (115, 'hkycdUJ54LZOIUJ7H-aJCA', 115, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0115', 'null', '2026-10-27 00:00:00', '2026-11-10 00:00:00', 460600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 460600, 0, 0, '2026-11-26 00:00:00', 0, 16, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (116, 'rIQtwtULIZ9y6bTwoiKGpw', 116, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0116', '[1]', '2026-07-25 00:00:00', '2026-09-23 00:00:00', 880900, true, '3acfe5', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 264300, 0, 0, '2026-08-04 00:00:00', 616600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (117, 'rDZszZDrUqUXIH4drkTQNg', 117, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0117', 'null', '2026-06-16 00:00:00', '2026-07-31 00:00:00', 959900, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 480000, 0, 0, '2026-06-18 00:00:00', 479900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (118, 'JVz-PeK8WnQy-k-JwmDnIA', 118, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0118', '[1]', '2026-11-06 00:00:00', '2026-11-20 00:00:00', 385700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 385700, 0, 0, '2026-12-06 00:00:00', 0, 16, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (119, 'W6izIkHfR6Vej3X3LJRsLg', 119, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0119', 'null', '2026-05-31 00:00:00', '2026-07-30 00:00:00', 532900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 532900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (120, 'aaI4C_BKaqMQLjM4pd3rWA', 120, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0120', '[1]', '2026-06-13 00:00:00', '2026-08-12 00:00:00', 53900, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 53900, 0, 0, '2026-08-08 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (121, 'Cy7AMPZbq0E771kdoV7lCQ', 121, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0121', 'null', '2026-08-26 00:00:00', '2026-10-10 00:00:00', 1195100, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 597600, 0, 0, '2026-09-15 00:00:00', 597500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (122, 'ZL55FtPn8h3uFIuUq8bT_g', 122, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0122', 'null', '2026-09-16 00:00:00', '2026-11-15 00:00:00', 55300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 55300, 0, 0, '2026-11-28 00:00:00', 0, 13, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (123, 'S9D35X3FAxPP5pUgFm696A', 123, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0123', 'null', '2026-06-05 00:00:00', '2026-08-04 00:00:00', 865400, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 0, 0, 0, NULL, 865400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (124, '9aCI0qqE76WZRrWsIrDD3w', 124, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0124', 'null', '2026-07-19 00:00:00', '2026-09-17 00:00:00', 450100, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 315100, 0, 0, '2026-08-02 00:00:00', 135000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (125, 'wQHjZkZOc1GqXY5l5leqPA', 125, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0125', 'null', '2026-09-09 00:00:00', '2026-09-23 00:00:00', 17100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 17100, 0, 0, '2026-09-23 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (126, 'Ab7mYP6F1_wyRC0ArNXgPw', 126, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0126', 'null', '2026-11-08 00:00:00', '2026-12-23 00:00:00', 972200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 972200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (127, 'q60dLxmu7krF91w5eS9mgQ', 127, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0127', '[1]', '2026-07-25 00:00:00', '2026-08-24 00:00:00', 172900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 172900, 0, 0, '2026-09-15 00:00:00', 0, 22, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (128, 'Ok3fh1TCT4ax7yXkeYBiWA', 128, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0128', 'null', '2026-10-24 00:00:00', '2026-11-07 00:00:00', 1130800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 791600, 0, 0, '2026-11-06 00:00:00', 339200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (129, 'akFLXyjz2X4EJwa_pGHQnw', 129, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0129', 'null', '2026-08-05 00:00:00', '2026-10-04 00:00:00', 483900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 483900, 0, 0, '2026-09-24 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (130, 'TmD7UGxFMCCYdRhruaJZrA', 130, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0130', 'null', '2026-10-03 00:00:00', '2026-12-02 00:00:00', 181300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 90600, 0, 0, '2026-10-06 00:00:00', 90700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (131, '1NucB-tYLWugK43HaUrv2Q', 131, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0131', '[1]', '2026-09-19 00:00:00', '2026-10-19 00:00:00', 317300, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 158600, 0, 0, '2026-10-02 00:00:00', 158700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (132, 'ZAyRadlPAvF2IIsvpDFOmw', 132, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0132', 'null', '2026-06-21 00:00:00', '2026-08-05 00:00:00', 443400, true, '423fe6', NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 443400, 0, 0, '2026-08-20 00:00:00', 0, 15, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (133, 'DOHJKbIP6VvmrqVvI_5kyw', 133, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0133', 'null', '2026-10-26 00:00:00', '2026-11-25 00:00:00', 475600, NULL, NULL, NULL, NULL, 'd2dd88', '2026-12-21 00:00:00', 475600, NULL, 0, 0, 0, NULL, 475600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (134, 'SB9fNesKzftPOpedhaSnFg', 134, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0134', '[1]', '2026-09-26 00:00:00', '2026-11-25 00:00:00', 316700, NULL, NULL, NULL, NULL, 'd2dd88', '2026-12-10 00:00:00', 316700, NULL, 316700, 0, 0, '2026-12-04 00:00:00', 0, 9, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (135, 'IufcdcorjOBbht5abar0Eg', 135, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0135', 'null', '2026-11-05 00:00:00', '2026-11-19 00:00:00', 994300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 994300, 0, 0, '2026-11-09 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (136, 'h83-4eN8B0_Prer-hZxh5w', 136, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0136', 'null', '2026-08-25 00:00:00', '2026-10-24 00:00:00', 876200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 876200, 0, 0, '2026-11-14 00:00:00', 0, 21, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (137, 'u67vkz2uuUuiQ89kLtqbXw', 137, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0137', 'null', '2026-10-22 00:00:00', '2026-11-05 00:00:00', 55200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 27600, 0, 0, '2026-11-05 00:00:00', 27600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (138, 'G-OOrhPPpIugrLjAIoRgSA', 138, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0138', 'null', '2026-08-02 00:00:00', '2026-09-01 00:00:00', 119800, true, '733ba7', NULL, NULL, 'd2dd88', '2026-12-12 00:00:00', 119800, NULL, 119800, 0, 0, '2026-09-24 00:00:00', 0, 23, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (139, '3kmGM3pzfPuDUgquEU1nKw', 139, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0139', 'null', '2026-10-31 00:00:00', '2026-11-30 00:00:00', 1186600, NULL, NULL, NULL, NULL, 'd2dd88', '2026-12-09 00:00:00', 1186600, NULL, 593300, 0, 0, '2026-11-06 00:00:00', 593300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (140, 'xuxg1SWs4sQtRc2EcjdCrw', 140, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0140', 'null', '2026-10-29 00:00:00', '2026-12-13 00:00:00', 342700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 102800, 0, 0, '2026-11-13 00:00:00', 239900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (141, '9D289PsK1J416A1qdSsdsg', 141, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0141', '[1]', '2026-09-29 00:00:00', '2026-11-28 00:00:00', 263900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 79200, 0, 0, '2026-10-13 00:00:00', 184700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (142, 'DOyc0b9AvqC-BPTMm66_2A', 142, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0142', 'null', '2026-10-13 00:00:00', '2026-12-12 00:00:00', 1032700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1032700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (143, 'cK2u3ajkgMwDcVsnaKnzbg', 143, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0143', 'null', '2026-07-06 00:00:00', '2026-08-20 00:00:00', 1174100, NULL, NULL, NULL, NULL, 'dfcd07', NULL, NULL, NULL, 1174100, 0, 0, '2026-08-18 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (185, 'IvmwOVjvwMvkVtka8xD1EA', 185, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0185', 'null', '2026-06-17 00:00:00', '2026-07-01 00:00:00', 822400, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 0, 0, 0, NULL, 822400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (144, 'KAurHTDqxco5XLLO-CEjUQ', 144, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0144', '[1]', '2026-07-30 00:00:00', '2026-09-28 00:00:00', 508800, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 152600, 0, 0, '2026-08-14 00:00:00', 356200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (145, 'uhXx7AcHYcZMWtT7T1JObw', 145, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0145', 'null', '2026-08-04 00:00:00', '2026-08-18 00:00:00', 122600, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 85800, 0, 0, '2026-08-09 00:00:00', 36800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (146, '-icUtey1OXPL7z0M8cgS2w', 146, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0146', '[1]', '2026-07-15 00:00:00', '2026-08-14 00:00:00', 608600, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 608600, 0, 0, '2026-09-04 00:00:00', 0, 21, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (148, 'pUAl3YKnVBCqEaBM7ZR8xQ', 148, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0148', '[1]', '2026-08-24 00:00:00', '2026-09-07 00:00:00', 53700, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 0, 0, 0, NULL, 53700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (149, 'Vc5Ef-ix7lnZWfS0U1_L4A', 149, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0149', 'null', '2026-11-30 00:00:00', '2027-01-14 00:00:00', 558200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 390700, 0, 0, '2026-12-06 00:00:00', 167500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (150, 'vRzh_eE7zHjVUnf3mG3rfA', 150, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0150', '[1]', '2026-11-09 00:00:00', '2027-01-08 00:00:00', 260400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 130200, 0, 0, '2026-11-23 00:00:00', 130200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (151, 'ZGrleXgdDARRdqIrW4-eQw', 151, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0151', 'null', '2026-06-08 00:00:00', '2026-07-23 00:00:00', 1002200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1002200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (152, 'VpLfay2naB9jlV8WTTzxTQ', 152, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0152', 'null', '2026-07-01 00:00:00', '2026-07-15 00:00:00', 513800, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 0, 0, 0, NULL, 513800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (153, 'wBpT9b0Twvi1L0Nl3rN_AQ', 153, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0153', 'null', '2026-09-25 00:00:00', '2026-10-09 00:00:00', 1127500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1127500, 0, 0, '2026-10-03 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (154, 'Fkh5OTPuRezk7al2znfhtQ', 154, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0154', 'null', '2026-06-29 00:00:00', '2026-07-29 00:00:00', 767500, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 0, 0, 0, NULL, 767500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (155, 'NTbW0VLaBAnNSPSNpUMjIw', 155, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0155', 'null', '2026-10-26 00:00:00', '2026-11-25 00:00:00', 1137700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1137700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (156, 'r9LAJZSJMdBPuMjXJDsAvQ', 156, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0156', 'null', '2026-11-22 00:00:00', '2027-01-21 00:00:00', 350900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 105300, 0, 0, '2026-11-25 00:00:00', 245600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (157, '2WhqIPzTF-PyspG4TMwBkQ', 157, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0157', 'null', '2026-10-13 00:00:00', '2026-11-27 00:00:00', 776500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 388200, 0, 0, '2026-11-01 00:00:00', 388300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (158, 'LOhh0eGT1w1KgyYNrJiMOw', 158, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0158', 'null', '2026-09-25 00:00:00', '2026-10-09 00:00:00', 182300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 182300, 0, 0, '2026-10-15 00:00:00', 0, 6, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (159, 'cn4jNGiEaX6mko6epIbBcg', 159, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0159', 'null', '2026-09-05 00:00:00', '2026-11-04 00:00:00', 633500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 633500, 0, 0, '2026-11-21 00:00:00', 0, 17, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (160, 'bSMlFIwQI5OdFj7sMjQ6aQ', 160, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0160', 'null', '2026-11-18 00:00:00', '2027-01-02 00:00:00', 1193100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1193100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (161, 'DpkRd88qid1aIj8KtQuc2Q', 161, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0161', '[1]', '2026-06-25 00:00:00', '2026-08-24 00:00:00', 422900, NULL, NULL, NULL, NULL, 'dfcd07', NULL, NULL, NULL, 422900, 0, 0, '2026-09-06 00:00:00', 0, 13, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (162, 'YkC5Yzi44sJxwi6EY-B6Kg', 162, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0162', 'null', '2026-06-22 00:00:00', '2026-08-06 00:00:00', 157900, NULL, NULL, NULL, NULL, 'e85c5f', '2026-12-05 00:00:00', 157900, NULL, 157900, 0, 0, '2026-08-09 00:00:00', 0, 3, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (163, 'DSwr7CUZTizwFeihW-tclA', 163, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0163', 'null', '2026-08-31 00:00:00', '2026-10-30 00:00:00', 245500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 245500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (164, '_aTw37hL2CmgqbuZsAazSg', 164, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0164', 'null', '2026-07-23 00:00:00', '2026-09-21 00:00:00', 28100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 19700, 0, 0, '2026-08-01 00:00:00', 8400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (165, 'swWN5ESznFZzz_Agt6ENNg', 165, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0165', 'null', '2026-11-26 00:00:00', '2027-01-10 00:00:00', 1175900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1175900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (166, 'hxrZUkRB9gSyxXndxNyRXA', 166, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0166', 'null', '2026-11-11 00:00:00', '2026-12-26 00:00:00', 1170400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 819300, 0, 0, '2026-11-23 00:00:00', 351100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (167, 'RxJwo-y9RkK0E_DMViZAhQ', 167, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0167', '[1]', '2026-07-30 00:00:00', '2026-09-13 00:00:00', 86700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 86700, 0, 0, '2026-09-25 00:00:00', 0, 12, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (168, 'Q6x_JEzatcuP2RZtZZ6ykQ', 168, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0168', '[1]', '2026-09-23 00:00:00', '2026-11-22 00:00:00', 107100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 107100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (169, '_nbfqdfiZfun7dKIgTry2Q', 169, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0169', 'null', '2026-11-05 00:00:00', '2027-01-04 00:00:00', 807900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 565500, 0, 0, '2026-11-06 00:00:00', 242400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (170, 'HwBuOa9tEgsMMCwqvPxydA', 170, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0170', 'null', '2026-05-26 00:00:00', '2026-07-25 00:00:00', 743800, NULL, NULL, NULL, NULL, 'dfcd07', NULL, NULL, NULL, 520700, 0, 0, '2026-05-29 00:00:00', 223100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (171, 'le79EqGrVGgoGNXSy9s-hA', 171, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0171', '[1]', '2026-06-20 00:00:00', '2026-07-20 00:00:00', 157300, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 110100, 0, 0, '2026-07-02 00:00:00', 47200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (172, '4Tygk0XXzo0agUcs4ZrcqQ', 172, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0172', 'null', '2026-07-25 00:00:00', '2026-09-23 00:00:00', 241300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 241300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (173, 'O-Dc_ZZeaxo_gOojTQNBfA', 173, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0173', '[1]', '2026-11-22 00:00:00', '2026-12-22 00:00:00', 655700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 459000, 0, 0, '2026-12-03 00:00:00', 196700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (174, 'YTywmZ-ooKySJhMddYbpRA', 174, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0174', 'null', '2026-05-23 00:00:00', '2026-07-07 00:00:00', 375300, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 375300, 0, 0, '2026-07-01 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (175, 'IKqNqh_g2IuOQ8V8246sPQ', 175, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0175', 'null', '2026-10-25 00:00:00', '2026-12-24 00:00:00', 1002700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 300800, 0, 0, '2026-11-05 00:00:00', 701900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (176, 'ijRWvgpd0wRIb35LjDDNxw', 176, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0176', 'null', '2026-08-08 00:00:00', '2026-09-22 00:00:00', 980900, true, '423fe6', NULL, NULL, '4fb9b1', NULL, NULL, NULL, 980900, 0, 0, '2026-10-03 00:00:00', 0, 11, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (177, 'wYVHpqcTd-yzs23m2N6bDw', 177, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0177', '[1]', '2026-06-01 00:00:00', '2026-07-01 00:00:00', 886500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 886500, 0, 0, '2026-06-29 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (178, 'CjLXUs_aTxXsQZDW6ANucQ', 178, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0178', 'null', '2026-10-14 00:00:00', '2026-11-28 00:00:00', 393600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 196800, 0, 0, '2026-11-02 00:00:00', 196800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (179, 'bfBm03h0X6t71ZFUdhdtqw', 179, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0179', '[1]', '2026-08-06 00:00:00', '2026-08-20 00:00:00', 104600, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 0, 0, 0, NULL, 104600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (222, 'x6enpMaxj21knf-u7LiGig', 222, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0222', 'null', '2026-07-13 00:00:00', '2026-07-27 00:00:00', 534500, NULL, NULL, true, NULL, '4a6d88', NULL, NULL, NULL, 0, 0, 0, NULL, 534500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (180, 'Eb1Symc1p3Yg2lTAPzDmWA', 180, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0180', '[1]', '2026-10-11 00:00:00', '2026-11-25 00:00:00', 220700, NULL, NULL, NULL, NULL, 'd2dd88', '2026-12-21 00:00:00', 220700, NULL, 220700, 0, 0, '2026-12-01 00:00:00', 0, 6, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (181, '6NNNswSIzHGg_stIUAS6kQ', 181, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0181', 'null', '2026-07-27 00:00:00', '2026-08-10 00:00:00', 204400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 204400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (182, '0o_S1BRby8E5NaUX2ehqvA', 182, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0182', 'null', '2026-07-29 00:00:00', '2026-08-12 00:00:00', 1082100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1082100, 0, 0, '2026-09-03 00:00:00', 0, 22, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (183, 'yl_xqZFszCH4b-cSpa453A', 183, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0183', '[1]', '2026-11-19 00:00:00', '2026-12-03 00:00:00', 941000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 658700, 0, 0, '2026-12-02 00:00:00', 282300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (184, 'gCxrAsejQ3qhfu5OsmeFtA', 184, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0184', 'null', '2026-12-01 00:00:00', '2027-01-30 00:00:00', 970500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 679400, 0, 0, '2026-12-06 00:00:00', 291100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (186, 'y3OZfNaq4ajcMhv-c92mAw', 186, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0186', 'null', '2026-05-30 00:00:00', '2026-07-29 00:00:00', 740400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 740400, 0, 0, '2026-08-18 00:00:00', 0, 20, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (187, 'ObmCww1U9qWcNtXBNgAaxA', 187, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0187', '[1]', '2026-09-20 00:00:00', '2026-10-20 00:00:00', 524000, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 524000, 0, 0, '2026-10-15 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (188, 'F_JwWPnUpOcilxlC6IO7Kg', 188, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0188', '[1]', '2026-09-05 00:00:00', '2026-10-05 00:00:00', 1156400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1156400, 0, 0, '2026-10-06 00:00:00', 0, 1, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (189, 'QbbNlrZJ0qEMV9onetdCkQ', 189, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0189', 'null', '2026-10-30 00:00:00', '2026-11-13 00:00:00', 489000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 489000, 0, 0, '2026-11-05 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (190, 'ysaiyFCOIAsuMMl80L9UJg', 190, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0190', 'null', '2026-05-21 00:00:00', '2026-06-04 00:00:00', 18500, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 18500, 0, 0, '2026-06-02 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (191, 'MOonKX19mgAhhe7wVC3x_Q', 191, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0191', '[1]', '2026-08-02 00:00:00', '2026-08-16 00:00:00', 333600, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 100100, 0, 0, '2026-08-22 00:00:00', 233500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (192, 'bJt0YjrT6GLM-2EMsG5bTw', 192, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0192', 'null', '2026-05-27 00:00:00', '2026-07-11 00:00:00', 893300, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 268000, 0, 0, '2026-06-03 00:00:00', 625300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (193, 'sLvet5P8FsQxQFhucvyL0A', 193, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0193', 'null', '2026-12-06 00:00:00', '2027-01-05 00:00:00', 389400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 194700, 0, 0, '2026-12-06 00:00:00', 194700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (194, '9uk9VYglO1717GiwIp5EJg', 194, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0194', '[1]', '2026-06-25 00:00:00', '2026-07-25 00:00:00', 672100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 672100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (195, 'FdxItG45DwWh_6_GXLzVYg', 195, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0195', 'null', '2026-06-09 00:00:00', '2026-07-24 00:00:00', 233800, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 233800, 0, 0, '2026-08-03 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (196, 'wHQn0g-j7vFRvLr7EN9zqQ', 196, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0196', 'null', '2026-08-15 00:00:00', '2026-08-29 00:00:00', 568500, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 568500, 0, 0, '2026-09-05 00:00:00', 0, 7, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (197, 'cCoTqU9c95YdTo_uTfc-lQ', 197, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0197', '[1]', '2026-06-13 00:00:00', '2026-06-27 00:00:00', 835100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 835100, 0, 0, '2026-07-12 00:00:00', 0, 15, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (199, 'R1WSwDwD4RDp0gML2y3NIA', 199, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0199', 'null', '2026-10-29 00:00:00', '2026-12-13 00:00:00', 1150500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 805400, 0, 0, '2026-11-01 00:00:00', 345100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (200, 'vdHIfQksbcYUhjbEmqiSfQ', 200, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0200', 'null', '2026-05-22 00:00:00', '2026-07-06 00:00:00', 697800, true, '423fe6', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 697800, 0, 0, '2026-07-10 00:00:00', 0, 4, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (201, 'vW7gAZTTg_X4ouHX_BYuJQ', 201, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0201', '[1]', '2026-11-30 00:00:00', '2026-12-30 00:00:00', 1129400, true, '423fe6', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1129400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (202, 'Up4ftDr_2U689U5Q4UsqsQ', 202, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0202', 'null', '2026-08-06 00:00:00', '2026-08-20 00:00:00', 1165600, NULL, NULL, NULL, NULL, 'dfcd07', NULL, NULL, NULL, 1165600, 0, 0, '2026-08-27 00:00:00', 0, 7, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (203, 'YrFyT1XrN6Rq5OIpq41l4A', 203, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0203', '[1]', '2026-08-10 00:00:00', '2026-09-24 00:00:00', 887400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 621200, 0, 0, '2026-08-12 00:00:00', 266200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (204, 'BGRFWHuRcfE6xPfZQuUc-w', 204, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0204', 'null', '2026-06-11 00:00:00', '2026-07-26 00:00:00', 463900, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 463900, 0, 0, '2026-08-20 00:00:00', 0, 25, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (205, 'dtXP31j1um4_z9I4K6MWcg', 205, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0205', '[1]', '2026-10-13 00:00:00', '2026-11-12 00:00:00', 764900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 764900, 0, 0, '2026-11-16 00:00:00', 0, 4, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (206, 'WRmnkkSQi_g59Rcaq6-ceA', 206, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0206', 'null', '2026-09-20 00:00:00', '2026-11-04 00:00:00', 319500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 319500, 0, 0, '2026-10-30 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (207, '7pVxGbMwoqwCPSxX2DH3vw', 207, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0207', 'null', '2026-09-19 00:00:00', '2026-11-18 00:00:00', 23900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 16700, 0, 0, '2026-09-29 00:00:00', 7200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (208, 'Yn6zBGTJaBsltonWpCzUOw', 208, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0208', '[1]', '2026-08-10 00:00:00', '2026-10-09 00:00:00', 609900, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 0, 0, 0, NULL, 609900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (209, 'Cry5lGnauAFjujx3k78ddQ', 209, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0209', 'null', '2026-11-15 00:00:00', '2027-01-14 00:00:00', 962300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 962300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (210, 'QvsUWHoihzsAxxExCfvUDQ', 210, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0210', 'null', '2026-09-09 00:00:00', '2026-11-08 00:00:00', 760300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 532200, 0, 0, '2026-09-23 00:00:00', 228100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (211, '-Sj4F6SvHaZKGcEXVZmtDQ', 211, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0211', 'null', '2026-08-23 00:00:00', '2026-10-22 00:00:00', 1005800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1005800, 0, 0, '2026-10-17 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (212, 'JTLNx_sN68qC-mkDXYN6dQ', 212, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0212', 'null', '2026-08-15 00:00:00', '2026-09-29 00:00:00', 793000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 793000, 0, 0, '2026-10-16 00:00:00', 0, 17, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (213, 'EZbWpXREYZ-YRzT-eGujgA', 213, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0213', 'null', '2026-07-15 00:00:00', '2026-08-29 00:00:00', 950100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 665100, 0, 0, '2026-07-24 00:00:00', 285000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (214, 'vQqj1NfhFnnPnDQrHlX6Jw', 214, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0214', 'null', '2026-08-10 00:00:00', '2026-08-24 00:00:00', 358000, true, '3acfe5', NULL, NULL, 'dfcd07', NULL, NULL, NULL, 358000, 0, 0, '2026-08-24 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (215, 'coVSvT9inSrIOEh3vDhRjQ', 215, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0215', 'null', '2026-06-01 00:00:00', '2026-07-31 00:00:00', 1119500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1119500, 0, 0, '2026-08-25 00:00:00', 0, 25, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (216, '47tPgioczxXnQS2SSodxew', 216, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0216', 'null', '2026-05-22 00:00:00', '2026-06-21 00:00:00', 1069200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1069200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (217, '0V4nTjrNykxiRI3hQJYqhg', 217, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0217', 'null', '2026-10-06 00:00:00', '2026-11-20 00:00:00', 648900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 648900, 0, 0, '2026-11-23 00:00:00', 0, 3, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (218, 'oq_2USM_x1TpqfdXbLae9Q', 218, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0218', 'null', '2026-07-25 00:00:00', '2026-09-08 00:00:00', 953000, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 953000, 0, 0, '2026-09-24 00:00:00', 0, 16, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (219, 'hC6JA_eY4mVfizR2AX6ISg', 219, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0219', 'null', '2026-07-09 00:00:00', '2026-07-23 00:00:00', 140800, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 140800, 0, 0, '2026-07-21 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (220, '5Tdlpiez9MuXD8HfFi4ToQ', 220, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0220', 'null', '2026-07-31 00:00:00', '2026-08-14 00:00:00', 878200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 878200, 0, 0, '2026-08-20 00:00:00', 0, 6, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (221, '0fGASmqNCY6DDSm9m8WzQQ', 221, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0221', 'null', '2026-11-03 00:00:00', '2027-01-02 00:00:00', 210000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 63000, 0, 0, '2026-11-12 00:00:00', 147000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (223, '75n7Zz_EXJ-RlKe2ubzUzA', 223, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0223', '[1]', '2026-07-21 00:00:00', '2026-09-19 00:00:00', 243000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 121500, 0, 0, '2026-08-03 00:00:00', 121500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (224, '7Ve7oUPvNUJnHVvOCa2S0Q', 224, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0224', '[1]', '2026-11-23 00:00:00', '2027-01-07 00:00:00', 294500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 88400, 0, 0, '2026-12-03 00:00:00', 206100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (225, 'YIoy8neCb-ijv0JwLt6dPA', 225, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0225', 'null', '2026-11-29 00:00:00', '2027-01-13 00:00:00', 432200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 302500, 0, 0, '2026-12-06 00:00:00', 129700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (226, 'SfTQ_Xps7Y3DYECOzPN9kw', 226, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0226', 'null', '2026-08-13 00:00:00', '2026-10-12 00:00:00', 1107100, true, 'e6dfd0', NULL, NULL, '4fb9b1', '2026-12-03 00:00:00', 1107100, NULL, 1107100, 0, 0, '2026-10-21 00:00:00', 0, 9, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (227, 'tw7h7ttMStMAxg8ve4xTaQ', 227, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0227', 'null', '2026-08-19 00:00:00', '2026-10-03 00:00:00', 459000, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 459000, 0, 0, '2026-10-24 00:00:00', 0, 21, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (228, 'oj8iPM3TKRCD9MA-Y4g__A', 228, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0228', 'null', '2026-08-04 00:00:00', '2026-08-18 00:00:00', 1002100, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 0, 0, 0, NULL, 1002100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (229, 'eCMcPOZFscjSnXWzGtnFMg', 229, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0229', '[1]', '2026-11-08 00:00:00', '2027-01-07 00:00:00', 642100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 321000, 0, 0, '2026-11-15 00:00:00', 321100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (230, 'D_0-paO9nl1Bmq7fea1L5A', 230, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0230', '[1]', '2026-11-29 00:00:00', '2027-01-28 00:00:00', 1181900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1181900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (231, 'zt52WtWJFGnfKyhAwLo03A', 231, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0231', 'null', '2026-06-13 00:00:00', '2026-07-28 00:00:00', 464400, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 0, 0, 0, NULL, 464400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (232, '8sCYtofS1iPeFmlt6xFIBQ', 232, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0232', 'null', '2026-10-09 00:00:00', '2026-10-23 00:00:00', 851600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 851600, 0, 0, '2026-11-03 00:00:00', 0, 11, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (233, 'PLIXy9G-cN0TF-K8Dk08_w', 233, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0233', 'null', '2026-11-21 00:00:00', '2027-01-05 00:00:00', 166700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 166700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (234, '6Aza39TQ9EJG_cufnHy-bA', 234, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0234', '[1]', '2026-11-15 00:00:00', '2026-12-15 00:00:00', 254800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 76400, 0, 0, '2026-11-19 00:00:00', 178400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (235, 'wbUQnAm862mUQ3D8Txjs1w', 235, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0235', '[1]', '2026-05-27 00:00:00', '2026-06-26 00:00:00', 220100, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 220100, 0, 0, '2026-07-07 00:00:00', 0, 11, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (236, 'xt9-Jaup9yAyW76901IHww', 236, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0236', 'null', '2026-07-23 00:00:00', '2026-09-21 00:00:00', 404300, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 404300, 0, 0, '2026-09-14 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (237, 'IUeKBv5uv0hr2Y-8uG3mqw', 237, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0237', 'null', '2026-11-07 00:00:00', '2026-12-22 00:00:00', 952900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 476400, 0, 0, '2026-11-23 00:00:00', 476500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (238, 'rUFFcnp_DVWcCEuhPucAvQ', 238, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0238', 'null', '2026-10-06 00:00:00', '2026-11-20 00:00:00', 1076100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1076100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (239, '2kdKFJmRvHhF1XwAeXv6kA', 239, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0239', '[1]', '2026-08-28 00:00:00', '2026-09-27 00:00:00', 159100, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 111400, 0, 0, '2026-09-08 00:00:00', 47700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (240, 'M8BuTfBXtKw5gNY7DRxqeA', 240, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0240', 'null', '2026-07-30 00:00:00', '2026-09-13 00:00:00', 591300, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 591300, 0, 0, '2026-09-23 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (241, 'EUHiCLSQCUtUtaLWsA6oCw', 241, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0241', '[1]', '2026-11-19 00:00:00', '2027-01-03 00:00:00', 1024000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 716800, 0, 0, '2026-11-23 00:00:00', 307200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (242, 'I2Sp1MYsUyGkDeB_sB0bww', 242, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0242', 'null', '2026-07-19 00:00:00', '2026-09-17 00:00:00', 756400, NULL, NULL, true, NULL, '4fb9b1', NULL, NULL, NULL, 378200, 0, 0, '2026-07-22 00:00:00', 378200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (243, '8O5iZDM6vICHrZxVpZm9iA', 243, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0243', '[1]', '2026-09-21 00:00:00', '2026-10-21 00:00:00', 276200, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 0, 0, 0, NULL, 276200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (244, '3SgFj95CML_Gz--8moFAcQ', 244, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0244', '[1]', '2026-12-01 00:00:00', '2026-12-31 00:00:00', 94900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 66400, 0, 0, '2026-12-06 00:00:00', 28500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (245, 'TBP-NU3UQvNbCAPFgylzmQ', 245, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0245', 'null', '2026-09-24 00:00:00', '2026-11-08 00:00:00', 1020400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 1020400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (246, '2Dqd7rpO6FsWFEy-WYP9Mw', 246, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0246', '[1]', '2026-10-09 00:00:00', '2026-11-08 00:00:00', 415800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 124700, 0, 0, '2026-10-28 00:00:00', 291100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (247, 'RuUDnEsQjS_3GhCZ1lLLqw', 247, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0247', 'null', '2026-11-27 00:00:00', '2027-01-11 00:00:00', 307900, true, '733ba7', NULL, NULL, 'd2dd88', NULL, NULL, NULL, 215500, 0, 0, '2026-12-06 00:00:00', 92400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (248, 'vWBRkRjlDHSCc2bLsalXtg', 248, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0248', '[1]', '2026-08-12 00:00:00', '2026-09-11 00:00:00', 467600, true, '733ba7', NULL, NULL, 'e85c5f', NULL, NULL, NULL, 467600, 0, 0, '2026-09-09 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (249, 'Ux4QfLL9Um9Rsh2ISq9ujw', 249, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0249', 'null', '2026-11-22 00:00:00', '2027-01-06 00:00:00', 147600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 103300, 0, 0, '2026-12-06 00:00:00', 44300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (250, 'TSI4ljg8UtaAwNB4jndwgw', 250, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0250', '[1]', '2026-05-28 00:00:00', '2026-07-27 00:00:00', 832300, true, '423fe6', NULL, NULL, 'e85c5f', NULL, NULL, NULL, 832300, 0, 0, '2026-07-24 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (251, 'xKJEIhqQy93HtN4BpLq2wQ', 251, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0251', 'null', '2026-11-04 00:00:00', '2026-11-18 00:00:00', 373600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 373600, 0, 0, '2026-11-26 00:00:00', 0, 8, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (252, 'Q-CEoruWKMrERGp7qquIiQ', 252, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0252', 'null', '2026-10-18 00:00:00', '2026-12-17 00:00:00', 695900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 487100, 0, 0, '2026-10-23 00:00:00', 208800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (253, 'Rp4PIcL1hICaE7xoXRErXA', 253, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0253', 'null', '2026-07-17 00:00:00', '2026-09-15 00:00:00', 152200, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 152200, 0, 0, '2026-09-26 00:00:00', 0, 11, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (254, '2_9wIW7nONvZh59EerBTow', 254, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0254', 'null', '2026-09-01 00:00:00', '2026-10-16 00:00:00', 761800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 761800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (255, 'I2UncNtGV2kd6zeYma7XgQ', 255, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0255', 'null', '2026-06-30 00:00:00', '2026-08-29 00:00:00', 132300, NULL, NULL, true, NULL, 'd2dd88', NULL, NULL, NULL, 66200, 0, 0, '2026-07-10 00:00:00', 66100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (256, 'LF6FL6hM6HSxYQRFZIyJVw', 256, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0256', 'null', '2026-06-11 00:00:00', '2026-08-10 00:00:00', 1001600, NULL, NULL, true, NULL, '4a6d88', '2026-12-21 00:00:00', 1001600, NULL, 0, 0, 0, NULL, 1001600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (257, 'qDAb5LIOAo-7AGJhMQs0pw', 257, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0257', 'null', '2026-10-14 00:00:00', '2026-11-28 00:00:00', 358200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 107500, 0, 0, '2026-10-25 00:00:00', 250700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (258, 'sgtWV54MilZSSyGSP1Jnfw', 258, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0258', 'null', '2026-08-04 00:00:00', '2026-09-18 00:00:00', 569800, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 569800, 0, 0, '2026-09-25 00:00:00', 0, 7, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (259, 'qI_nTdE0uKv1x1IoFen5Wg', 259, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0259', 'null', '2026-06-01 00:00:00', '2026-06-15 00:00:00', 104100, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 104100, 0, 0, '2026-06-22 00:00:00', 0, 7, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (260, 'Up9E7v_vjLiyuia3uED-3Q', 260, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0260', 'null', '2026-08-19 00:00:00', '2026-10-18 00:00:00', 760200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 228100, 0, 0, '2026-08-27 00:00:00', 532100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (261, 'pIYNjHNgDdkrcb-XROCMIA', 261, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0261', 'null', '2026-06-19 00:00:00', '2026-08-18 00:00:00', 503300, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 0, 0, 0, NULL, 503300, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (262, 'S6Imk9CruqEfJl9Cx7kjwg', 262, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0262', 'null', '2026-06-25 00:00:00', '2026-07-09 00:00:00', 915000, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 915000, 0, 0, '2026-07-23 00:00:00', 0, 14, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (263, 'v0VWmghBK_B2Z81LOxk2hw', 263, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0263', 'null', '2026-07-13 00:00:00', '2026-08-27 00:00:00', 801300, NULL, NULL, NULL, NULL, 'dfcd07', NULL, NULL, NULL, 400600, 0, 0, '2026-07-20 00:00:00', 400700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (264, 'H3JMyiWbqUJAb5ucI-p21w', 264, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0264', 'null', '2026-06-01 00:00:00', '2026-07-16 00:00:00', 1050100, NULL, NULL, true, NULL, 'd2dd88', NULL, NULL, NULL, 1050100, 0, 0, '2026-07-14 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (265, 'hHYTuIqZNwHsCdQ1wP3Mfw', 265, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0265', 'null', '2026-07-10 00:00:00', '2026-08-24 00:00:00', 507700, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 0, 0, 0, NULL, 507700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (266, 'QEHGrnBDNA4Qm5c7u3qaeA', 266, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0266', '[1]', '2026-06-17 00:00:00', '2026-08-16 00:00:00', 104200, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 104200, 0, 0, '2026-09-09 00:00:00', 0, 24, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (267, 'F7QQqRXs07SXG_YMI8pxaw', 267, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0267', 'null', '2026-08-04 00:00:00', '2026-09-18 00:00:00', 642000, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 642000, 0, 0, '2026-09-18 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (268, 'VaY4a6fB31qKPQISsOmYrQ', 268, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0268', 'null', '2026-06-07 00:00:00', '2026-06-21 00:00:00', 228400, NULL, NULL, true, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 228400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (269, 'j__3nTqQRKvbY7NaiY-L2g', 269, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0269', 'null', '2026-07-11 00:00:00', '2026-09-09 00:00:00', 1172500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1172500, 0, 0, '2026-09-07 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (270, 'igWqdBO8oDu6Zfix59x__Q', 270, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0270', 'null', '2026-09-29 00:00:00', '2026-11-28 00:00:00', 1064200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 319300, 0, 0, '2026-10-07 00:00:00', 744900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (271, 'SbWLBc8AHwGOu5rGWU8uyA', 271, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0271', 'null', '2026-06-15 00:00:00', '2026-06-29 00:00:00', 979900, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 685900, 0, 0, '2026-07-04 00:00:00', 294000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (272, 'u0VPWoUZtiEowsTYP5DxKw', 272, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0272', 'null', '2026-11-29 00:00:00', '2026-12-13 00:00:00', 441500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 441500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (273, 'zW_3F37HMhLN428QJP6IFw', 273, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0273', '[1]', '2026-08-01 00:00:00', '2026-08-31 00:00:00', 509800, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 152900, 0, 0, '2026-08-09 00:00:00', 356900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (274, 'VLVN17qPeecDUFLu_3Qa-w', 274, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0274', '[1]', '2026-09-22 00:00:00', '2026-11-21 00:00:00', 878400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 263500, 0, 0, '2026-10-07 00:00:00', 614900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (275, 'alDc9L5TUBsvX1Coq6t20g', 275, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0275', '[1]', '2026-05-21 00:00:00', '2026-06-20 00:00:00', 309100, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 0, 0, 0, NULL, 309100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (276, 'Akyrx-m5eRhRLCZjJVnbsg', 276, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0276', 'null', '2026-08-21 00:00:00', '2026-10-05 00:00:00', 383500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 383500, 0, 0, '2026-10-17 00:00:00', 0, 12, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (277, '2EeEWUu4MhOeuOd7VSTLiw', 277, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0277', 'null', '2026-06-04 00:00:00', '2026-07-19 00:00:00', 113900, NULL, NULL, NULL, NULL, 'd2dd88', '2026-12-07 00:00:00', 113900, NULL, 113900, 0, 0, '2026-08-05 00:00:00', 0, 17, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (278, 'f35YXv_VZLhzOpap0Ucdig', 278, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0278', 'null', '2026-09-29 00:00:00', '2026-10-13 00:00:00', 689500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 689500, 0, 0, '2026-10-23 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (279, 'UmMWp7GDs1LLPCBnNpaUrw', 279, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0279', 'null', '2026-09-26 00:00:00', '2026-10-10 00:00:00', 119900, NULL, NULL, NULL, NULL, 'e85c5f', NULL, NULL, NULL, 60000, 0, 0, '2026-09-28 00:00:00', 59900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (280, 'PZDldC_19VR8OiJvqnN63g', 280, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0280', '[1]', '2026-12-03 00:00:00', '2027-02-01 00:00:00', 590500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 590500, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (281, 'ZZHbDCfs5jA_4Eb5XES7rw', 281, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0281', '[1]', '2026-08-13 00:00:00', '2026-10-12 00:00:00', 982400, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 982400, 0, 0, '2026-10-16 00:00:00', 0, 4, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (282, 'dOxUSFLTNPdf4iKQ_3q9VQ', 282, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0282', '[1]', '2026-09-29 00:00:00', '2026-11-13 00:00:00', 396100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 396100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (283, '7HYsXyHbZ6llqBYTxt8AxA', 283, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0283', '[1]', '2026-06-28 00:00:00', '2026-07-28 00:00:00', 910000, NULL, NULL, true, NULL, 'd2dd88', NULL, NULL, NULL, 910000, 0, 0, '2026-08-07 00:00:00', 0, 10, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (284, '4OGbHw3z8LUSrW344VWpWg', 284, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0284', 'null', '2026-06-29 00:00:00', '2026-07-29 00:00:00', 32300, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 9700, 0, 0, '2026-07-10 00:00:00', 22600, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (285, 'lHmA1sNqdKJffy7KYaZDqA', 285, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0285', '[1]', '2026-07-13 00:00:00', '2026-08-12 00:00:00', 817000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 817000, 0, 0, '2026-08-18 00:00:00', 0, 6, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (286, 'zPrk0lLSWHGWaGazJp2iKQ', 286, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0286', 'null', '2026-10-02 00:00:00', '2026-11-16 00:00:00', 1173700, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 821600, 0, 0, '2026-10-14 00:00:00', 352100, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (287, 'np24isMJcxaHdrhr2dl0YA', 287, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0287', 'null', '2026-07-03 00:00:00', '2026-08-02 00:00:00', 116200, NULL, NULL, NULL, NULL, '4a6d88', NULL, NULL, NULL, 116200, 0, 0, '2026-08-13 00:00:00', 0, 11, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (288, 'drtzrfVJigYL_wrzkUhZCw', 288, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0288', 'null', '2026-09-13 00:00:00', '2026-09-27 00:00:00', 1178800, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 1178800, 0, 0, '2026-10-12 00:00:00', 0, 15, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (290, 'k4s8eFDPuh8P5RJ1VoYUew', 290, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0290', 'null', '2026-08-13 00:00:00', '2026-09-27 00:00:00', 496400, NULL, NULL, NULL, NULL, '4fb9b1', NULL, NULL, NULL, 248200, 0, 0, '2026-08-14 00:00:00', 248200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (291, 'dKj_8MewxItz5STNre0Z3w', 291, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0291', 'null', '2026-05-31 00:00:00', '2026-07-15 00:00:00', 116000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 58000, 0, 0, '2026-06-03 00:00:00', 58000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (292, '-sHj5S3t6PU1hGn5mP7KQQ', 292, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0292', '[1]', '2026-07-09 00:00:00', '2026-08-08 00:00:00', 52500, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 52500, 0, 0, '2026-08-29 00:00:00', 0, 21, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (293, 'fjkHUNmRMUnxxm6mFahRZA', 293, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0293', '[1]', '2026-10-31 00:00:00', '2026-11-30 00:00:00', 577800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 0, 0, 0, NULL, 577800, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (294, 'EgAhRF74eCt29llGbxjzCg', 294, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0294', 'null', '2026-07-03 00:00:00', '2026-07-17 00:00:00', 995400, NULL, NULL, NULL, NULL, '107ee1', NULL, NULL, NULL, 497700, 0, 0, '2026-07-20 00:00:00', 497700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (295, 'rTz9ZCAEgt6TFvJIFNdPgg', 295, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0295', 'null', '2026-08-04 00:00:00', '2026-10-03 00:00:00', 1029600, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 1029600, 0, 0, '2026-09-24 00:00:00', 0, 0, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (296, 'IVLUIg2MJTM466toYRhRwA', 296, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0296', 'null', '2026-10-09 00:00:00', '2026-12-08 00:00:00', 699200, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 209800, 0, 0, '2026-10-25 00:00:00', 489400, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (297, 'f0MIO5YLf2WRC3cm-qDThQ', 297, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0297', '[1]', '2026-06-06 00:00:00', '2026-07-06 00:00:00', 436700, NULL, NULL, NULL, NULL, 'bc2ee4', NULL, NULL, NULL, 0, 0, 0, NULL, 436700, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (298, 'fwIXArNAPsiQ9hJU8G4a0w', 298, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0298', '[1]', '2026-09-30 00:00:00', '2026-11-14 00:00:00', 716000, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 358000, 0, 0, '2026-10-01 00:00:00', 358000, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (299, '8oxcVCq-fvE_Cn64q7MhSQ', 299, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0299', '[1]', '2026-11-21 00:00:00', '2026-12-05 00:00:00', 643100, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 192900, 0, 0, '2026-12-03 00:00:00', 450200, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (300, 'ZfNu4eQ3ZG6coaDlQ8FbFA', 300, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'СЧ-2026-0300', 'null', '2026-10-25 00:00:00', '2026-12-24 00:00:00', 99800, NULL, NULL, NULL, NULL, 'd2dd88', NULL, NULL, NULL, 69900, 0, 0, '2026-11-10 00:00:00', 29900, NULL, NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_3 VALUES (301, 's1mdqJOpseKSh8iX5pZEDw', 301, '2026-12-07 00:28:22.289836', '2026-12-07 00:28:22.463009', 1, NULL, 'INV-UPGRADE-1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL, 0, NULL, NULL, 'added after import');


--
-- Data for Name: t_4; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.t_4 VALUES (228, 'b2ebnX1MdVTgolkt77CPcQ', 228, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 228, '54db15', '2026-11-17 00:00:00', 117180, NULL, NULL, NULL, 'Корректировка цены', 0, 117180, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (2, 'uO9EOAW_rglgVF61y_5t-w', 2, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 2, '9fb797', '2026-08-15 00:00:00', 539000, '58ac4f', '2693', '6861642527', 'Частичная оплата по счёту СЧ-2026-0003', 539000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (3, 'N9FDcwuOBCv1Ag3XGpSouw', 3, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 3, '9fb797', '2026-11-01 00:00:00', 511000, '58ac4f', '831', '6861642527', 'Частичная оплата по счёту СЧ-2026-0005', 511000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (4, 'J8jc5Eizelzhwa_itKJRVQ', 4, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 4, '9fb797', '2026-10-06 00:00:00', 364900, 'c40f03', '3191', '2081967277', 'Оплата по счёту СЧ-2026-0007, в т.ч. НДС', 364900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (5, '7IVu-NXNc_99qLcPkS2Wkg', 5, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 5, '9fb797', '2026-09-29 00:00:00', 653800, '58ac4f', '6236', '2081967277', 'Оплата по счёту СЧ-2026-0009, в т.ч. НДС', 653800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (6, '5gIgm118YhcUZWUT6R8T-A', 6, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 6, '9fb797', '2026-07-13 00:00:00', 101700, '58ac4f', '5798', '9406925660', 'Оплата по счёту СЧ-2026-0010, в т.ч. НДС', 101700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (7, 'ohAEggmoU3ZhQDyEqLYSuA', 7, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 7, '9fb797', '2026-09-04 00:00:00', 424000, 'c40f03', '5212', '7517799223', 'Оплата по счёту СЧ-2026-0011, в т.ч. НДС', 424000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (8, '1wb4Qb9f-p3D-nJAsn37JQ', 8, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 8, '9fb797', '2026-06-29 00:00:00', 793600, '58ac4f', '3319', '2280886424', 'Оплата по счёту СЧ-2026-0012, в т.ч. НДС', 793600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (9, 'MdEjNOvjWJ2oqA_HnD6WWw', 9, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 9, '9fb797', '2026-08-21 00:00:00', 467200, 'c40f03', '4484', '0161055000', 'Оплата по счёту СЧ-2026-0013, в т.ч. НДС', 467200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (10, 'd63Xt5YPpZBIgmKsmJe2Kw', 10, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 10, '9fb797', '2026-11-20 00:00:00', 340000, '58ac4f', '7604', '7981933199', 'Частичная оплата по счёту СЧ-2026-0014', 340000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (11, 'AVd0E-OSWUJgmGNZxbTpSA', 11, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 11, '9fb797', '2026-07-18 00:00:00', 405100, 'c40f03', '9052', '6861642527', 'Оплата по счёту СЧ-2026-0015, в т.ч. НДС', 405100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (12, 'aaYs_ugo0-rE2Jekes1PJw', 12, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 12, '9fb797', '2026-12-06 00:00:00', 99400, '58ac4f', '9585', '2081967277', 'Частичная оплата по счёту СЧ-2026-0016', 99400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (13, 'hqgOWukC9coe3MdgfHtH5g', 13, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 13, '9fb797', '2026-08-28 00:00:00', 1023800, '58ac4f', '3702', '5939761584', 'Оплата по счёту СЧ-2026-0017, в т.ч. НДС', 1023800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (14, 'lC_3nvwkHgl9SaTnumhP5Q', 14, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 14, '9fb797', '2026-08-15 00:00:00', 312600, '58ac4f', '9205', '5060454142', 'Частичная оплата по счёту СЧ-2026-0018', 312600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (1, 'i7GVv_by-b1RIywPmpeesQ', 1, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 1, '9fb797', '2026-09-15 00:00:00', 909100, '58ac4f', '7809', '1948939499', 'Оплата по счёту СЧ-2026-0001, в т.ч. НДС', 909100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (15, '8J4ws1nJGtKw46PngBvB5Q', 15, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 15, '9fb797', '2026-08-21 00:00:00', 181600, '58ac4f', '1480', '0029787535', 'Частичная оплата по счёту СЧ-2026-0019', 181600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (16, 'jqSHJnHvTP87q07Xqkq4hw', 16, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 16, '9fb797', '2026-07-03 00:00:00', 567300, 'c40f03', '5081', '8538012914', 'Оплата по счёту СЧ-2026-0022, в т.ч. НДС', 567300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (17, 'CM0EMtiTFw4j1NzQxpRTyw', 17, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 17, '9fb797', '2026-10-11 00:00:00', 797800, '58ac4f', '4318', '9579318607', 'Оплата по счёту СЧ-2026-0024, в т.ч. НДС', 797800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (18, '2kAJ9mm4Al1aohWUTUDcqg', 18, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 18, '9fb797', '2026-09-01 00:00:00', 164900, 'c40f03', '2339', '7370283821', 'Оплата по счёту СЧ-2026-0026, в т.ч. НДС', 164900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (19, 'Kw6HSHOqXdoXzsBxP0DZdg', 19, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 19, '9fb797', '2026-07-30 00:00:00', 653800, '58ac4f', '2458', '3017568206', 'Оплата по счёту СЧ-2026-0027, в т.ч. НДС', 653800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (20, 'N8vCakI4PYadSyZglAue3g', 20, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 20, '9fb797', '2026-11-28 00:00:00', 332100, '58ac4f', '7592', '2081967277', 'Оплата по счёту СЧ-2026-0028, в т.ч. НДС', 332100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (21, 'vsNrPrPYvOixxj2XfCNw9Q', 21, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 21, '9fb797', '2026-10-30 00:00:00', 353800, '58ac4f', '5025', '4162105212', 'Частичная оплата по счёту СЧ-2026-0029', 353800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (22, 'fmv6AAuHWKa0I4MMT8Xplg', 22, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 22, '9fb797', '2026-08-25 00:00:00', 900400, '58ac4f', '8426', '7517799223', 'Оплата по счёту СЧ-2026-0030, в т.ч. НДС', 900400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (23, 'qcXvogaHuZAMeRruhud9zA', 23, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 23, '9fb797', '2026-11-08 00:00:00', 404600, '58ac4f', '1575', '8538012914', 'Оплата по счёту СЧ-2026-0031, в т.ч. НДС', 404600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (24, 'dt78D7-pSQYcQROMuWJBgg', 24, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 24, '9fb797', '2026-08-27 00:00:00', 262900, 'c40f03', '1603', '2059972835', 'Оплата по счёту СЧ-2026-0033, в т.ч. НДС', 262900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (25, 'obEfxuuhedE42kn3VCgWKQ', 25, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 25, '9fb797', '2026-08-03 00:00:00', 830200, 'c40f03', '3201', '4162105212', 'Оплата по счёту СЧ-2026-0034, в т.ч. НДС', 830200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (26, 'xwEtQCeiwq1ObMKgN1IO3Q', 26, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 26, '9fb797', '2026-07-08 00:00:00', 447800, 'c40f03', '4574', '7147513621', 'Оплата по счёту СЧ-2026-0035, в т.ч. НДС', 447800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (27, '-K3BgHsVpuWCJiMOUlK5rQ', 27, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 27, '9fb797', '2026-08-31 00:00:00', 138700, '58ac4f', '5445', '2059972835', 'Частичная оплата по счёту СЧ-2026-0036', 138700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (28, 'FyYpHRmq8V64-ccJb1xKvA', 28, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 28, '9fb797', '2026-11-25 00:00:00', 330900, '58ac4f', '7941', '4725877188', 'Частичная оплата по счёту СЧ-2026-0038', 330900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (29, 'CA9Fxdtn7hHHONmHlgj94w', 29, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 29, '9fb797', '2026-11-21 00:00:00', 14000, '58ac4f', '4277', '7981933199', 'Частичная оплата по счёту СЧ-2026-0039', 14000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (30, 'GCyDjTf58plnO8qo6b6WOQ', 30, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 30, '9fb797', '2026-08-08 00:00:00', 728300, '58ac4f', '5130', '6455681516', 'Оплата по счёту СЧ-2026-0040, в т.ч. НДС', 728300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (31, 'Z34nYlHQJr3U4b6vQP6pgg', 31, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 31, '9fb797', '2026-12-04 00:00:00', 297200, '58ac4f', '1963', '0161055000', 'Частичная оплата по счёту СЧ-2026-0041', 297200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (32, 'tjM7g7QJFtQei9rjdqTXsg', 32, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 32, '9fb797', '2026-08-11 00:00:00', 159800, '58ac4f', '9187', '2081967277', 'Оплата по счёту СЧ-2026-0044, в т.ч. НДС', 159800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (33, 'EEES3vPUCYdkw9R7XBnMbw', 33, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 33, '9fb797', '2026-10-23 00:00:00', 74400, '58ac4f', '4464', '1588139984', 'Частичная оплата по счёту СЧ-2026-0045', 74400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (34, 'cEZnl5d77T5ZKqn0YrOzBw', 34, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 34, '9fb797', '2026-07-17 00:00:00', 483300, '58ac4f', '682', '8538012914', 'Частичная оплата по счёту СЧ-2026-0046', 483300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (35, '0ySTAXtcy3R3cl-oX6_DPw', 35, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 35, '9fb797', '2026-08-29 00:00:00', 480700, '58ac4f', '6874', '0029787535', 'Оплата по счёту СЧ-2026-0049, в т.ч. НДС', 480700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (36, 'Wfc5NDlM_c1-80jZfNU7nQ', 36, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 36, '9fb797', '2026-09-30 00:00:00', 590200, '58ac4f', '410', '1622948667', 'Частичная оплата по счёту СЧ-2026-0050', 590200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (37, 'u5_s-NxoE3NFjj3b2bBe-w', 37, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 37, '9fb797', '2026-09-01 00:00:00', 1046600, '58ac4f', '8209', '8538012914', 'Оплата по счёту СЧ-2026-0051, в т.ч. НДС', 1046600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (38, '13t_6GxB0VEg5nKNYquf5w', 38, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 38, '9fb797', '2026-11-02 00:00:00', 809900, '58ac4f', '9787', '1948939499', 'Оплата по счёту СЧ-2026-0052, в т.ч. НДС', 809900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (39, 'Yr68hxfHu59VaXTFbCxCXA', 39, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 39, '9fb797', '2026-08-09 00:00:00', 1192700, '58ac4f', '567', '4725877188', 'Оплата по счёту СЧ-2026-0053, в т.ч. НДС', 1192700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (40, 'Gs5fDor8nfIMVjVNC-KINw', 40, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 40, '9fb797', '2026-12-06 00:00:00', 162400, '58ac4f', '182', '6804571781', 'Частичная оплата по счёту СЧ-2026-0055', 162400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (41, 'qy9oH1W_qqxeSHvKvn32tA', 41, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 41, '9fb797', '2026-11-13 00:00:00', 541000, 'c40f03', '7288', '0029787535', 'Оплата по счёту СЧ-2026-0056, в т.ч. НДС', 541000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (42, '4trF-agl_pTto5LshPj21A', 42, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 42, '9fb797', '2026-10-07 00:00:00', 891500, 'c40f03', '2855', '6804571781', 'Оплата по счёту СЧ-2026-0057, в т.ч. НДС', 891500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (43, 'Le4lbZAwgANAO_w7UeRSvA', 43, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 43, '9fb797', '2026-10-15 00:00:00', 312900, '58ac4f', '3865', '1622948667', 'Частичная оплата по счёту СЧ-2026-0058', 312900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (44, '2bKb_f5V2rUmZGjUKyrmEw', 44, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 44, '9fb797', '2026-08-10 00:00:00', 241300, '58ac4f', '8918', '1948939499', 'Частичная оплата по счёту СЧ-2026-0059', 241300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (45, 'lp0OiZzv3GDV1bfHKH50Xg', 45, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 45, '9fb797', '2026-09-16 00:00:00', 992400, '58ac4f', '7388', '3041189551', 'Оплата по счёту СЧ-2026-0060, в т.ч. НДС', 992400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (46, 'yY73i5xt1Rxs6WfGJIaKgg', 46, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 46, '9fb797', '2026-07-16 00:00:00', 312000, '58ac4f', '8863', '5060454142', 'Частичная оплата по счёту СЧ-2026-0061', 312000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (47, 'duXoaTav7BBz68kEV2OJVA', 47, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 47, '9fb797', '2026-09-01 00:00:00', 426200, 'c40f03', '3950', '7517799223', 'Оплата по счёту СЧ-2026-0065, в т.ч. НДС', 426200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (48, 'zO74ge-OUMme06wJwz1EFQ', 48, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 48, '9fb797', '2026-11-26 00:00:00', 696300, '58ac4f', '5685', '1948939499', 'Частичная оплата по счёту СЧ-2026-0066', 696300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (49, 'ExSYAgIYB2g9fkczEALd1A', 49, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 49, '9fb797', '2026-10-26 00:00:00', 57600, '58ac4f', '7040', '2059972835', 'Частичная оплата по счёту СЧ-2026-0067', 57600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (50, 'E9OmDrvv38uWWE5AOkepjQ', 50, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 50, '9fb797', '2026-11-09 00:00:00', 365700, '58ac4f', '8684', '0161055000', 'Частичная оплата по счёту СЧ-2026-0069', 365700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (51, 'DsMztNpscnjGh8ACsAmS4Q', 51, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 51, '9fb797', '2026-11-25 00:00:00', 251500, '58ac4f', '1456', '5060454142', 'Частичная оплата по счёту СЧ-2026-0071', 251500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (52, 'inUbz3Jv4HYfiLRkWOCmAg', 52, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 52, '9fb797', '2026-09-15 00:00:00', 560200, '58ac4f', '9775', '6804571781', 'Оплата по счёту СЧ-2026-0073, в т.ч. НДС', 560200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (53, 'yxmwgT7OvOBCOzuQG9j3TA', 53, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 53, '9fb797', '2026-11-11 00:00:00', 727000, '58ac4f', '5612', '8764529128', 'Оплата по счёту СЧ-2026-0074, в т.ч. НДС', 727000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (54, 'zM-gcCWeg53xH_BagYoJmw', 54, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 54, '9fb797', '2026-09-03 00:00:00', 141200, 'c40f03', '9674', '1622948667', 'Оплата по счёту СЧ-2026-0075, в т.ч. НДС', 141200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (55, 'PFSWpnZA3Xl5p4QYsxv1-w', 55, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 55, '9fb797', '2026-07-24 00:00:00', 583600, '58ac4f', '9982', '6804571781', 'Оплата по счёту СЧ-2026-0076, в т.ч. НДС', 583600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (56, '1SbptbQzwIyGyACQPOSzJA', 56, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 56, '9fb797', '2026-09-02 00:00:00', 96000, '58ac4f', '990', '6861642527', 'Частичная оплата по счёту СЧ-2026-0078', 96000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (57, 'TmQeNesYZyNnKgJnva_nqA', 57, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 57, '9fb797', '2026-07-20 00:00:00', 869000, '58ac4f', '4803', '4725877188', 'Оплата по счёту СЧ-2026-0079, в т.ч. НДС', 869000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (58, 'rY_kCmUFx3nwhHenJKOrxA', 58, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 58, '9fb797', '2026-09-25 00:00:00', 134500, '58ac4f', '6607', '0161055000', 'Частичная оплата по счёту СЧ-2026-0080', 134500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (59, 'CG-s1H7UvsEELbv3DsoOjA', 59, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 59, '9fb797', '2026-08-17 00:00:00', 161300, '58ac4f', '1648', '0161055000', 'Частичная оплата по счёту СЧ-2026-0081', 161300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (60, 'N12db-eTgXvL6DC_Urf3Pg', 60, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 60, '9fb797', '2026-10-22 00:00:00', 283800, '58ac4f', '264', '7294055764', 'Частичная оплата по счёту СЧ-2026-0083', 283800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (61, 'D0R3PXXOmeB6SKtuHmUYLQ', 61, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 61, '9fb797', '2026-11-06 00:00:00', 292700, '58ac4f', '1922', '0029787535', 'Частичная оплата по счёту СЧ-2026-0084', 292700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (62, 'R26Obnwr7e23wquoht_wVg', 62, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 62, '9fb797', '2026-11-10 00:00:00', 245100, 'c40f03', '4218', '2081967277', 'Оплата по счёту СЧ-2026-0085, в т.ч. НДС', 245100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (63, '9SfVn3KFNFwZojuX98a3Zw', 63, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 63, '9fb797', '2026-07-15 00:00:00', 360200, '58ac4f', '906', '6455681516', 'Частичная оплата по счёту СЧ-2026-0086', 360200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (64, 'dUF9QogCjaJEEq0E3NY5nQ', 64, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 64, '9fb797', '2026-12-06 00:00:00', 550900, '58ac4f', '1793', '8764529128', 'Частичная оплата по счёту СЧ-2026-0087', 550900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (65, 'P9S6KvGOD3noht2vy9ZdHg', 65, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 65, '9fb797', '2026-10-01 00:00:00', 100100, '58ac4f', '875', '4162105212', 'Оплата по счёту СЧ-2026-0088, в т.ч. НДС', 100100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (66, 'omaOFO58h0vON01FU1fe8Q', 66, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 66, '9fb797', '2026-10-02 00:00:00', 898900, 'c40f03', '8105', '7981933199', 'Оплата по счёту СЧ-2026-0090, в т.ч. НДС', 898900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (67, 'VO87TNGAgcepEdQHk6YNyg', 67, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 67, '9fb797', '2026-10-05 00:00:00', 960200, '58ac4f', '7200', '7370283821', 'Оплата по счёту СЧ-2026-0091, в т.ч. НДС', 960200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (68, '-3OK-J9wW5OPvCIG15h_Jg', 68, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 68, '9fb797', '2026-09-06 00:00:00', 25600, 'c40f03', '5852', '7517799223', 'Оплата по счёту СЧ-2026-0093, в т.ч. НДС', 25600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (69, '4FZMUsXxuCVrNsYVSC6dDw', 69, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 69, '9fb797', '2026-11-26 00:00:00', 515800, '58ac4f', '1565', '0161055000', 'Оплата по счёту СЧ-2026-0094, в т.ч. НДС', 515800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (70, 'r4k4d21B8kKzj8cJRKcAAw', 70, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 70, '9fb797', '2026-08-06 00:00:00', 623100, '58ac4f', '4389', '3017568206', 'Частичная оплата по счёту СЧ-2026-0095', 623100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (71, 'N6jyZXEPyNfpOY803thqYQ', 71, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 71, '9fb797', '2026-10-09 00:00:00', 418800, '58ac4f', '5607', '3041189551', 'Частичная оплата по счёту СЧ-2026-0098', 418800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (72, 'Rh-wTg1sEWA4EraZl5pvCA', 72, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 72, '9fb797', '2026-08-24 00:00:00', 526300, '58ac4f', '4689', '7370283821', 'Оплата по счёту СЧ-2026-0099, в т.ч. НДС', 526300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (73, 'l34_tx89dZtByPHRwLobwg', 73, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 73, '9fb797', '2026-10-08 00:00:00', 1139800, '58ac4f', '4741', '8764529128', 'Оплата по счёту СЧ-2026-0100, в т.ч. НДС', 1139800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (74, 'WryW5cSI9Ssv-Zl3KSsxdA', 74, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 74, '9fb797', '2026-06-03 00:00:00', 606100, '58ac4f', '4456', '7370283821', 'Частичная оплата по счёту СЧ-2026-0101', 606100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (75, '_LkgPKwwSRIcVAFesSOpnQ', 75, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 75, '9fb797', '2026-08-21 00:00:00', 676900, '58ac4f', '1238', '1622948667', 'Оплата по счёту СЧ-2026-0102, в т.ч. НДС', 676900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (76, 'J03dWcLeO2Qe5Q3yZA9sJw', 76, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 76, '9fb797', '2026-12-06 00:00:00', 215400, '58ac4f', '9838', '5939761584', 'Частичная оплата по счёту СЧ-2026-0103', 215400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (77, 'eUHx1xz2HaVLeE6hQ_8JIg', 77, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 77, '9fb797', '2026-12-06 00:00:00', 137200, '58ac4f', '8705', '0029787535', 'Частичная оплата по счёту СЧ-2026-0104', 137200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (78, 'AMgmfgj9QfGdVgRSsJd9_A', 78, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 78, '9fb797', '2026-08-24 00:00:00', 837900, 'c40f03', '1371', '4524410643', 'Оплата по счёту СЧ-2026-0105, в т.ч. НДС', 837900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (79, 'SHoPwGhcTgME7DFaSQbb2Q', 79, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 79, '9fb797', '2026-12-05 00:00:00', 51800, '58ac4f', '156', '0029787535', 'Частичная оплата по счёту СЧ-2026-0106', 51800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (80, '5LC-jGdASBlIi505NYFNKw', 80, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 80, '9fb797', '2026-09-12 00:00:00', 67900, '58ac4f', '2365', '7981933199', 'Частичная оплата по счёту СЧ-2026-0108', 67900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (81, 'bjo72VkdpMxcFWjVUWt-mA', 81, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 81, '9fb797', '2026-11-05 00:00:00', 74400, '58ac4f', '1750', '3041189551', 'Частичная оплата по счёту СЧ-2026-0110', 74400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (82, 'Q4jfmw_2a0wyRcnWQYrWow', 82, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 82, '9fb797', '2026-11-27 00:00:00', 122800, '58ac4f', '1839', '6861642527', 'Частичная оплата по счёту СЧ-2026-0111', 122800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (83, 'mInh1oDO4q_NLdIMB9EAPw', 83, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 83, '9fb797', '2026-12-06 00:00:00', 401600, '58ac4f', '4356', '8764529128', 'Частичная оплата по счёту СЧ-2026-0112', 401600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (84, 'Gslks2m-GyF2PHl2QcLmFA', 84, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 84, '9fb797', '2026-10-23 00:00:00', 1162200, '58ac4f', '6566', '0161055000', 'Оплата по счёту СЧ-2026-0113, в т.ч. НДС', 1162200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (85, 'jbIf6taSL2Wk5YGwe5xIwQ', 85, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 85, '9fb797', '2026-11-09 00:00:00', 665400, '58ac4f', '7557', '8486488763', 'Оплата по счёту СЧ-2026-0114, в т.ч. НДС', 665400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (86, '4098tK2m3PQu5JHIF0Ii8A', 86, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 86, '9fb797', '2026-11-26 00:00:00', 460600, 'c40f03', '2581', '4524410643', 'Оплата по счёту СЧ-2026-0115, в т.ч. НДС', 460600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (87, '0u3alX-H5NAz6oCAez2Cew', 87, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 87, '9fb797', '2026-08-04 00:00:00', 264300, '58ac4f', '2628', '1588139984', 'Частичная оплата по счёту СЧ-2026-0116', 264300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (88, 'uS56xScDcGf3whAgHU0dqg', 88, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 88, '9fb797', '2026-06-18 00:00:00', 480000, '58ac4f', '6360', '5060454142', 'Частичная оплата по счёту СЧ-2026-0117', 480000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (89, 'hmlF6Lxp5dp9matRxBhJ9Q', 89, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 89, '9fb797', '2026-12-06 00:00:00', 385700, '58ac4f', '1824', '7147513621', 'Оплата по счёту СЧ-2026-0118, в т.ч. НДС', 385700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (90, '9pzwUTx49BJsJ0k2nwBMcQ', 90, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 90, '9fb797', '2026-08-08 00:00:00', 53900, 'c40f03', '1889', '1622948667', 'Оплата по счёту СЧ-2026-0120, в т.ч. НДС', 53900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (91, '6uNQ3t4dC3b74iDq9z9VDg', 91, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 91, '9fb797', '2026-09-15 00:00:00', 597600, '58ac4f', '5578', '6861642527', 'Частичная оплата по счёту СЧ-2026-0121', 597600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (92, 'WMQKfqNpxZovFfzkoCJQtA', 92, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 92, '9fb797', '2026-11-28 00:00:00', 55300, '58ac4f', '956', '7981933199', 'Оплата по счёту СЧ-2026-0122, в т.ч. НДС', 55300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (93, 'aX1AwoM5HnP8ajwvMPwgAg', 93, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 93, '9fb797', '2026-08-02 00:00:00', 315100, '58ac4f', '9035', '7981933199', 'Частичная оплата по счёту СЧ-2026-0124', 315100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (94, 'eT-I8akLsAxBZI3pzGtgzw', 94, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 94, '9fb797', '2026-09-23 00:00:00', 17100, '58ac4f', '6127', '2081967277', 'Оплата по счёту СЧ-2026-0125, в т.ч. НДС', 17100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (95, 'zrcEs5QfrDABgoZWcCoLyA', 95, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 95, '9fb797', '2026-09-15 00:00:00', 172900, 'c40f03', '1178', '9406925660', 'Оплата по счёту СЧ-2026-0127, в т.ч. НДС', 172900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (96, 'uKqhuD2M3LHjeXuJPtl4uQ', 96, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 96, '9fb797', '2026-11-06 00:00:00', 791600, '58ac4f', '3454', '2081967277', 'Частичная оплата по счёту СЧ-2026-0128', 791600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (97, 'QdakkFzETBtksp2aUed37g', 97, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 97, '9fb797', '2026-09-24 00:00:00', 483900, 'c40f03', '5095', '7517799223', 'Оплата по счёту СЧ-2026-0129, в т.ч. НДС', 483900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (98, '0MjvVeSvp3c3wuGzM75MsQ', 98, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 98, '9fb797', '2026-10-06 00:00:00', 90600, '58ac4f', '2666', '6897684697', 'Частичная оплата по счёту СЧ-2026-0130', 90600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (99, 'dBRPZeMZ3ybxTbzz_f2Jnw', 99, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 99, '9fb797', '2026-10-02 00:00:00', 158600, '58ac4f', '747', '9579318607', 'Частичная оплата по счёту СЧ-2026-0131', 158600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (100, 'hMIRjKVgo2cxHCFTwIrpeA', 100, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 100, '9fb797', '2026-08-20 00:00:00', 443400, 'c40f03', '7528', '3091141700', 'Оплата по счёту СЧ-2026-0132, в т.ч. НДС', 443400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (101, 'QaPpYzkrS0Zu-7cJgdR26g', 101, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 101, '9fb797', '2026-12-04 00:00:00', 316700, '58ac4f', '4098', '1622948667', 'Оплата по счёту СЧ-2026-0134, в т.ч. НДС', 316700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (102, 'n5UhvQCpV7B2wfakXMNL4Q', 102, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 102, '9fb797', '2026-11-09 00:00:00', 994300, 'c40f03', '5654', '8538012914', 'Оплата по счёту СЧ-2026-0135, в т.ч. НДС', 994300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (103, 'kMFXg3rl2d08Fh9botF5Ug', 103, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 103, '9fb797', '2026-11-14 00:00:00', 876200, '58ac4f', '828', '6455681516', 'Оплата по счёту СЧ-2026-0136, в т.ч. НДС', 876200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (104, 'bEf0t8DWbgDlvIC1C5MrXw', 104, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 104, '9fb797', '2026-11-05 00:00:00', 27600, '58ac4f', '9498', '2081967277', 'Частичная оплата по счёту СЧ-2026-0137', 27600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (105, 'VUgY3WOAJ086MSo7dVzDQg', 105, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 105, '9fb797', '2026-09-24 00:00:00', 119800, 'c40f03', '6778', '3017568206', 'Оплата по счёту СЧ-2026-0138, в т.ч. НДС', 119800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (106, 'FnUxuXxUu3U0WxEaukQeBQ', 106, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 106, '9fb797', '2026-11-06 00:00:00', 593300, '58ac4f', '8263', '3017568206', 'Частичная оплата по счёту СЧ-2026-0139', 593300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (107, '5sDgb6Hg9LKxUmp2WDiJyQ', 107, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 107, '9fb797', '2026-11-13 00:00:00', 102800, '58ac4f', '7293', '5060454142', 'Частичная оплата по счёту СЧ-2026-0140', 102800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (108, 'W3DOFBSwjGm0MHlYkTGJTQ', 108, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 108, '9fb797', '2026-10-13 00:00:00', 79200, '58ac4f', '7874', '1622948667', 'Частичная оплата по счёту СЧ-2026-0141', 79200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (109, 'ZgfYoVCT8zB8jf1zPjX9RA', 109, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 109, '9fb797', '2026-08-18 00:00:00', 1174100, 'c40f03', '2922', '5060454142', 'Оплата по счёту СЧ-2026-0143, в т.ч. НДС', 1174100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (110, 'YU1IEogTq2zg3DA9DrCZXA', 110, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 110, '9fb797', '2026-08-14 00:00:00', 152600, '58ac4f', '1568', '1622948667', 'Частичная оплата по счёту СЧ-2026-0144', 152600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (111, 'wH5Rr_HjuJPgA_PuLjxoiw', 111, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 111, '9fb797', '2026-08-09 00:00:00', 85800, '58ac4f', '6227', '8764529128', 'Частичная оплата по счёту СЧ-2026-0145', 85800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (112, 'QHNypzeK5wVC6uQFs8Mfsw', 112, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 112, '9fb797', '2026-09-04 00:00:00', 608600, 'c40f03', '3657', '9579318607', 'Оплата по счёту СЧ-2026-0146, в т.ч. НДС', 608600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (113, 'lL6mjMI8mHKsKKh1IEeZKw', 113, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 113, '9fb797', '2026-12-06 00:00:00', 390700, '58ac4f', '1988', '3091141700', 'Частичная оплата по счёту СЧ-2026-0149', 390700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (114, 'DPdhtwi41DRiLKkfdtNUdg', 114, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 114, '9fb797', '2026-11-23 00:00:00', 130200, '58ac4f', '796', '1588139984', 'Частичная оплата по счёту СЧ-2026-0150', 130200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (115, 'VrIw5bgXyk4Z1r0vWQop7A', 115, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 115, '9fb797', '2026-10-03 00:00:00', 1127500, 'c40f03', '1770', '2280886424', 'Оплата по счёту СЧ-2026-0153, в т.ч. НДС', 1127500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (116, 'Q311cgSGGbd9XU9AKw5eAA', 116, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 116, '9fb797', '2026-11-25 00:00:00', 105300, '58ac4f', '4996', '3041189551', 'Частичная оплата по счёту СЧ-2026-0156', 105300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (117, 'wXJAvAco1tx5076WScqcuQ', 117, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 117, '9fb797', '2026-11-01 00:00:00', 388200, '58ac4f', '5324', '0029787535', 'Частичная оплата по счёту СЧ-2026-0157', 388200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (118, 'sVhdlX-gaUEjUKoJ34hrww', 118, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 118, '9fb797', '2026-10-15 00:00:00', 182300, '58ac4f', '5561', '2280886424', 'Оплата по счёту СЧ-2026-0158, в т.ч. НДС', 182300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (119, 'FmxKt6PffuA6TBVUuPmJsA', 119, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 119, '9fb797', '2026-11-21 00:00:00', 633500, '58ac4f', '5473', '2059972835', 'Оплата по счёту СЧ-2026-0159, в т.ч. НДС', 633500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (120, 'iUKHbQJPdOvszqNEUsyzMA', 120, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 120, '9fb797', '2026-09-06 00:00:00', 422900, 'c40f03', '6025', '1588139984', 'Оплата по счёту СЧ-2026-0161, в т.ч. НДС', 422900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (121, 'X73OjCxExSRzV8nm1jbX3g', 121, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 121, '9fb797', '2026-08-09 00:00:00', 157900, '58ac4f', '1320', '6861642527', 'Оплата по счёту СЧ-2026-0162, в т.ч. НДС', 157900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (122, 'UpqdukSi--j4D1ydtbVqWg', 122, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 122, '9fb797', '2026-08-01 00:00:00', 19700, '58ac4f', '1329', '6455681516', 'Частичная оплата по счёту СЧ-2026-0164', 19700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (123, 'hAvmWLnZRkYjFgNMFr0jDQ', 123, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 123, '9fb797', '2026-11-23 00:00:00', 819300, '58ac4f', '4619', '0029787535', 'Частичная оплата по счёту СЧ-2026-0166', 819300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (124, 'IQr0DCoeUz1Nh1QS1HDLMw', 124, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 124, '9fb797', '2026-09-25 00:00:00', 86700, 'c40f03', '7280', '7294055764', 'Оплата по счёту СЧ-2026-0167, в т.ч. НДС', 86700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (125, 'nX4johb5ob-534_2JoMAXg', 125, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 125, '9fb797', '2026-11-06 00:00:00', 565500, '58ac4f', '2674', '7981933199', 'Частичная оплата по счёту СЧ-2026-0169', 565500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (126, 'ZuDyrnFFonIyPT9oF1kmfQ', 126, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 126, '9fb797', '2026-05-29 00:00:00', 520700, '58ac4f', '8067', '7517799223', 'Частичная оплата по счёту СЧ-2026-0170', 520700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (127, 'yTDnDS7kFqYaOdGq1ugKQw', 127, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 127, '9fb797', '2026-07-02 00:00:00', 110100, '58ac4f', '5285', '5939761584', 'Частичная оплата по счёту СЧ-2026-0171', 110100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (128, 'GxAcgpDwwaHw0ZiK3dY1yg', 128, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 128, '9fb797', '2026-12-03 00:00:00', 459000, '58ac4f', '3179', '9579318607', 'Частичная оплата по счёту СЧ-2026-0173', 459000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (129, 'ndDSRq33uHP_-djIkRhUKw', 129, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 129, '9fb797', '2026-07-01 00:00:00', 375300, 'c40f03', '7517', '6804571781', 'Оплата по счёту СЧ-2026-0174, в т.ч. НДС', 375300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (130, 'P1oUYC0J6QD3AFK8crtzuQ', 130, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 130, '9fb797', '2026-11-05 00:00:00', 300800, '58ac4f', '7576', '7517799223', 'Частичная оплата по счёту СЧ-2026-0175', 300800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (131, '3IZmFWzAoFvpk9M0IPlRpA', 131, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 131, '9fb797', '2026-10-03 00:00:00', 980900, 'c40f03', '5877', '3091141700', 'Оплата по счёту СЧ-2026-0176, в т.ч. НДС', 980900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (132, 'aLp7uo8MuDgHW_gASR6rlA', 132, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 132, '9fb797', '2026-06-29 00:00:00', 886500, 'c40f03', '1557', '8486488763', 'Оплата по счёту СЧ-2026-0177, в т.ч. НДС', 886500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (133, 'Odn85weWUOXtfg3hkFPBxw', 133, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 133, '9fb797', '2026-11-02 00:00:00', 196800, '58ac4f', '3511', '6804571781', 'Частичная оплата по счёту СЧ-2026-0178', 196800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (134, 'y5OaFi6JD8rb7ZUniEEygA', 134, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 134, '9fb797', '2026-12-01 00:00:00', 220700, '58ac4f', '4945', '7294055764', 'Оплата по счёту СЧ-2026-0180, в т.ч. НДС', 220700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (135, 'cpVcaD5LHsvBDncvgWrr0A', 135, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 135, '9fb797', '2026-09-03 00:00:00', 1082100, '58ac4f', '4850', '2280886424', 'Оплата по счёту СЧ-2026-0182, в т.ч. НДС', 1082100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (136, 'mNZ01U4lXGIpcURJNtKlNA', 136, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 136, '9fb797', '2026-12-02 00:00:00', 658700, '58ac4f', '6566', '7147513621', 'Частичная оплата по счёту СЧ-2026-0183', 658700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (137, 'FQGwQBT8QCFQL6EzL9MQkw', 137, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 137, '9fb797', '2026-12-06 00:00:00', 679400, '58ac4f', '6578', '6897684697', 'Частичная оплата по счёту СЧ-2026-0184', 679400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (138, 'PIs4DP_1lzgP-4VodMQiPQ', 138, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 138, '9fb797', '2026-08-18 00:00:00', 740400, '58ac4f', '894', '2059972835', 'Оплата по счёту СЧ-2026-0186, в т.ч. НДС', 740400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (139, 'hEd_07e2rE8czZJB4-0LdA', 139, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 139, '9fb797', '2026-10-15 00:00:00', 524000, '58ac4f', '935', '4725877188', 'Оплата по счёту СЧ-2026-0187, в т.ч. НДС', 524000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (140, 'HqYP8RdnZGwdW5sp4reA8Q', 140, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 140, '9fb797', '2026-10-06 00:00:00', 1156400, '58ac4f', '3467', '9406925660', 'Оплата по счёту СЧ-2026-0188, в т.ч. НДС', 1156400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (141, '-HIn_Jy4dLBb21vySo5THQ', 141, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 141, '9fb797', '2026-11-05 00:00:00', 489000, '58ac4f', '3702', '2081967277', 'Оплата по счёту СЧ-2026-0189, в т.ч. НДС', 489000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (142, 'eDYbndh9kascbxbbyTk5eA', 142, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 142, '9fb797', '2026-06-02 00:00:00', 18500, '58ac4f', '7328', '4524410643', 'Оплата по счёту СЧ-2026-0190, в т.ч. НДС', 18500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (143, 'l8_Z5VFStnIvM31BEVfMLA', 143, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 143, '9fb797', '2026-08-22 00:00:00', 100100, '58ac4f', '9350', '7147513621', 'Частичная оплата по счёту СЧ-2026-0191', 100100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (144, 'nTSTsAMf79gySdw5PsPdKg', 144, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 144, '9fb797', '2026-06-03 00:00:00', 268000, '58ac4f', '9205', '3091141700', 'Частичная оплата по счёту СЧ-2026-0192', 268000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (145, 'MtZZZ4N4ETjk5GpjxbtnIA', 145, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 145, '9fb797', '2026-12-06 00:00:00', 194700, '58ac4f', '5473', '7370283821', 'Частичная оплата по счёту СЧ-2026-0193', 194700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (146, 'W7VGM_NHFg6LPBYFdJSUWg', 146, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 146, '9fb797', '2026-08-03 00:00:00', 233800, '58ac4f', '7540', '6861642527', 'Оплата по счёту СЧ-2026-0195, в т.ч. НДС', 233800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (147, 'DspKzLu6j2_ExEsMcOU8Kg', 147, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 147, '9fb797', '2026-09-05 00:00:00', 568500, 'c40f03', '5460', '2081967277', 'Оплата по счёту СЧ-2026-0196, в т.ч. НДС', 568500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (148, 'dGhz3SwaXhzywy0PnfhX_Q', 148, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 148, '9fb797', '2026-07-12 00:00:00', 835100, '58ac4f', '4614', '7147513621', 'Оплата по счёту СЧ-2026-0197, в т.ч. НДС', 835100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (149, 'yNAaLXKfGAzTkv5woy0o5w', 149, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 149, '9fb797', '2026-12-01 00:00:00', 242200, '58ac4f', '7425', '6897684697', 'Частичная оплата по счёту СЧ-2026-0198', 242200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (150, '_wka0Rbyzsl1Pk8O6yBQow', 150, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 150, '9fb797', '2026-11-01 00:00:00', 805400, '58ac4f', '8699', '5060454142', 'Частичная оплата по счёту СЧ-2026-0199', 805400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (151, '0SS-jNMvCnT1F6SXrwxsmw', 151, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 151, '9fb797', '2026-07-10 00:00:00', 697800, '58ac4f', '9729', '6861642527', 'Оплата по счёту СЧ-2026-0200, в т.ч. НДС', 697800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (152, 'gbAsqTS9pADxeu7_B1yT5A', 152, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 152, '9fb797', '2026-08-27 00:00:00', 1165600, 'c40f03', '9842', '2280886424', 'Оплата по счёту СЧ-2026-0202, в т.ч. НДС', 1165600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (153, 'jrGr1q9yMWMSG2PQqqhHGw', 153, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 153, '9fb797', '2026-08-12 00:00:00', 621200, '58ac4f', '3199', '7294055764', 'Частичная оплата по счёту СЧ-2026-0203', 621200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (154, 'H3Xx6n_LUixdNwxQVUg4gg', 154, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 154, '9fb797', '2026-08-20 00:00:00', 463900, '58ac4f', '7288', '0161055000', 'Оплата по счёту СЧ-2026-0204, в т.ч. НДС', 463900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (155, 'OugggPmDIsRExt1ekdanKQ', 155, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 155, '9fb797', '2026-11-16 00:00:00', 764900, 'c40f03', '6476', '8486488763', 'Оплата по счёту СЧ-2026-0205, в т.ч. НДС', 764900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (156, 'istQGpDfpmLTrNp1lNInqA', 156, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 156, '9fb797', '2026-10-30 00:00:00', 319500, '58ac4f', '8392', '5060454142', 'Оплата по счёту СЧ-2026-0206, в т.ч. НДС', 319500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (157, '0kF6eLqvEfgSBJT3tHS7lg', 157, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 157, '9fb797', '2026-09-29 00:00:00', 16700, '58ac4f', '9538', '7981933199', 'Частичная оплата по счёту СЧ-2026-0207', 16700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (158, '_hbfWahKWnv5QO8T-0vj7w', 158, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 158, '9fb797', '2026-09-23 00:00:00', 532200, '58ac4f', '5433', '2059972835', 'Частичная оплата по счёту СЧ-2026-0210', 532200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (159, 'zI3e2wXoMeIeocH9zhOiQg', 159, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 159, '9fb797', '2026-10-17 00:00:00', 1005800, '58ac4f', '1068', '3041189551', 'Оплата по счёту СЧ-2026-0211, в т.ч. НДС', 1005800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (160, 'tKSnHI4z7sxguA76mS5X9A', 160, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 160, '9fb797', '2026-10-16 00:00:00', 793000, 'c40f03', '1288', '0161055000', 'Оплата по счёту СЧ-2026-0212, в т.ч. НДС', 793000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (161, 'ju861lf9bOjfkFHQzri50w', 161, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 161, '9fb797', '2026-07-24 00:00:00', 665100, '58ac4f', '611', '6861642527', 'Частичная оплата по счёту СЧ-2026-0213', 665100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (162, 'JE90DTX0Ql7quq9EwGCgVg', 162, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 162, '9fb797', '2026-08-24 00:00:00', 358000, '58ac4f', '5079', '4524410643', 'Оплата по счёту СЧ-2026-0214, в т.ч. НДС', 358000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (163, '9onX8iZZPOlAJxt_7m0b5A', 163, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 163, '9fb797', '2026-08-25 00:00:00', 1119500, '58ac4f', '6838', '1948939499', 'Оплата по счёту СЧ-2026-0215, в т.ч. НДС', 1119500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (164, '6QPn0o7mBUOr0M0_6dp3ag', 164, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 164, '9fb797', '2026-11-23 00:00:00', 648900, 'c40f03', '1915', '0161055000', 'Оплата по счёту СЧ-2026-0217, в т.ч. НДС', 648900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (165, '4IwGbi-gRK1DUVZM1qGXOA', 165, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 165, '9fb797', '2026-09-24 00:00:00', 953000, '58ac4f', '3949', '3091141700', 'Оплата по счёту СЧ-2026-0218, в т.ч. НДС', 953000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (166, '6DbA3Rh7S21mHrNlUkr6yA', 166, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 166, '9fb797', '2026-07-21 00:00:00', 140800, 'c40f03', '3054', '8538012914', 'Оплата по счёту СЧ-2026-0219, в т.ч. НДС', 140800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (167, 'z3VZmflJDeHln0MbBKhS-Q', 167, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 167, '9fb797', '2026-08-20 00:00:00', 878200, '58ac4f', '9060', '2280886424', 'Оплата по счёту СЧ-2026-0220, в т.ч. НДС', 878200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (168, 'DfJ1A486p9DrIC_Sjqjjiw', 168, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 168, '9fb797', '2026-11-12 00:00:00', 63000, '58ac4f', '3901', '6897684697', 'Частичная оплата по счёту СЧ-2026-0221', 63000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (169, 'JeYBrIWYJ1sKK8_Mq5Y51A', 169, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 169, '9fb797', '2026-08-03 00:00:00', 121500, '58ac4f', '8533', '1622948667', 'Частичная оплата по счёту СЧ-2026-0223', 121500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (170, '45zfwjhIGBNkJMJY6kEKnA', 170, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 170, '9fb797', '2026-12-03 00:00:00', 88400, '58ac4f', '7939', '7294055764', 'Частичная оплата по счёту СЧ-2026-0224', 88400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (171, 'K9Je5a_-TO3RIhlh0hzkIg', 171, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 171, '9fb797', '2026-12-06 00:00:00', 302500, '58ac4f', '8144', '3091141700', 'Частичная оплата по счёту СЧ-2026-0225', 302500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (172, 'MhZWXbDuzNktmWZBy9aiGg', 172, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 172, '9fb797', '2026-10-21 00:00:00', 1107100, 'c40f03', '8990', '3041189551', 'Оплата по счёту СЧ-2026-0226, в т.ч. НДС', 1107100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (173, '8IeWHbDa1J9F8On8HHvJtg', 173, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 173, '9fb797', '2026-10-24 00:00:00', 459000, 'c40f03', '1435', '3091141700', 'Оплата по счёту СЧ-2026-0227, в т.ч. НДС', 459000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (174, 'o90KYzRl1ir7L1q7AOnK2g', 174, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 174, '9fb797', '2026-11-15 00:00:00', 321000, '58ac4f', '3194', '1622948667', 'Частичная оплата по счёту СЧ-2026-0229', 321000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (175, 'bAbqezKMpU5Gv6XXk4pXnw', 175, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 175, '9fb797', '2026-11-03 00:00:00', 851600, '58ac4f', '8182', '8538012914', 'Оплата по счёту СЧ-2026-0232, в т.ч. НДС', 851600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (176, 'cOlxAfds6uwuksZzVStPag', 176, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 176, '9fb797', '2026-11-19 00:00:00', 76400, '58ac4f', '4541', '4725877188', 'Частичная оплата по счёту СЧ-2026-0234', 76400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (177, 'BbEXSmSIB1hNKtHH_Mwr_w', 177, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 177, '9fb797', '2026-07-07 00:00:00', 220100, '58ac4f', '2337', '4162105212', 'Оплата по счёту СЧ-2026-0235, в т.ч. НДС', 220100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (178, '9Mw47SnpJphhHoHCkC5pPg', 178, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 178, '9fb797', '2026-09-14 00:00:00', 404300, '58ac4f', '9422', '6897684697', 'Оплата по счёту СЧ-2026-0236, в т.ч. НДС', 404300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (179, 'HRzl9i9MzN_QJ79JbKjFGg', 179, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 179, '9fb797', '2026-11-23 00:00:00', 476400, '58ac4f', '2605', '0029787535', 'Частичная оплата по счёту СЧ-2026-0237', 476400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (180, 'zkbW_MXWeLHE98GkA9SaCQ', 180, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 180, '9fb797', '2026-09-08 00:00:00', 111400, '58ac4f', '3273', '4725877188', 'Частичная оплата по счёту СЧ-2026-0239', 111400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (181, 'JaK5MDpSz2DbaDuzsdKfsg', 181, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 181, '9fb797', '2026-09-23 00:00:00', 591300, 'c40f03', '675', '0161055000', 'Оплата по счёту СЧ-2026-0240, в т.ч. НДС', 591300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (182, 'EY2bNo5cPBYk2AgCJERvkg', 182, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 182, '9fb797', '2026-11-23 00:00:00', 716800, '58ac4f', '6556', '7294055764', 'Частичная оплата по счёту СЧ-2026-0241', 716800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (183, 'U5ObJT8gChRXZWZ0foEXtg', 183, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 183, '9fb797', '2026-07-22 00:00:00', 378200, '58ac4f', '5512', '2059972835', 'Частичная оплата по счёту СЧ-2026-0242', 378200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (184, 'HYjGhPDj9MopNHa02YbM4Q', 184, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 184, '9fb797', '2026-12-06 00:00:00', 66400, '58ac4f', '9732', '9579318607', 'Частичная оплата по счёту СЧ-2026-0244', 66400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (185, 'JjNfYcag20B-AA2nKsIkIQ', 185, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 185, '9fb797', '2026-10-28 00:00:00', 124700, '58ac4f', '1803', '4162105212', 'Частичная оплата по счёту СЧ-2026-0246', 124700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (186, '8Sp_31l_UofnjpayU-XaHQ', 186, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 186, '9fb797', '2026-12-06 00:00:00', 215500, '58ac4f', '2636', '3091141700', 'Частичная оплата по счёту СЧ-2026-0247', 215500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (187, 'lOalrHFBIO0_Ryz-B74Lfw', 187, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 187, '9fb797', '2026-09-09 00:00:00', 467600, 'c40f03', '9603', '5939761584', 'Оплата по счёту СЧ-2026-0248, в т.ч. НДС', 467600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (188, 'XycelAcm6Ic-xw9mjlHeoQ', 188, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 188, '9fb797', '2026-12-06 00:00:00', 103300, '58ac4f', '5400', '3091141700', 'Частичная оплата по счёту СЧ-2026-0249', 103300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (189, '32aYkta7-9o1HElNALNlsA', 189, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 189, '9fb797', '2026-07-24 00:00:00', 832300, 'c40f03', '3632', '1588139984', 'Оплата по счёту СЧ-2026-0250, в т.ч. НДС', 832300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (190, 'xv--m11UNvdv7--kEeJHTg', 190, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 190, '9fb797', '2026-11-26 00:00:00', 373600, '58ac4f', '4650', '2081967277', 'Оплата по счёту СЧ-2026-0251, в т.ч. НДС', 373600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (191, '4qPLK_6B98iIy19FqRAm1A', 191, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 191, '9fb797', '2026-10-23 00:00:00', 487100, '58ac4f', '7100', '6455681516', 'Частичная оплата по счёту СЧ-2026-0252', 487100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (192, '1q4UgVJGxTAdAtuiLLzJLQ', 192, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 192, '9fb797', '2026-09-26 00:00:00', 152200, '58ac4f', '6556', '1948939499', 'Оплата по счёту СЧ-2026-0253, в т.ч. НДС', 152200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (193, 'FYkj36U7Q-ODQIBLCgB4YQ', 193, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 193, '9fb797', '2026-07-10 00:00:00', 66200, '58ac4f', '4084', '2059972835', 'Частичная оплата по счёту СЧ-2026-0255', 66200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (194, 'bvy6-3nCEOwG7thARKdVAg', 194, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 194, '9fb797', '2026-10-25 00:00:00', 107500, '58ac4f', '2572', '3091141700', 'Частичная оплата по счёту СЧ-2026-0257', 107500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (195, '_o6R_X1EhRSf_h7pOjm2gw', 195, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 195, '9fb797', '2026-09-25 00:00:00', 569800, 'c40f03', '380', '3091141700', 'Оплата по счёту СЧ-2026-0258, в т.ч. НДС', 569800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (196, 'XVi-BZ6S9-xa41w0aGS9PQ', 196, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 196, '9fb797', '2026-06-22 00:00:00', 104100, '58ac4f', '7813', '4524410643', 'Оплата по счёту СЧ-2026-0259, в т.ч. НДС', 104100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (197, 'P9-2br5Z-y52UnWHBFgEAg', 197, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 197, '9fb797', '2026-08-27 00:00:00', 228100, '58ac4f', '6307', '7981933199', 'Частичная оплата по счёту СЧ-2026-0260', 228100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (198, 'xmeBhqVK2Ph8IDM1NPTXhg', 198, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 198, '9fb797', '2026-07-23 00:00:00', 915000, 'c40f03', '207', '8764529128', 'Оплата по счёту СЧ-2026-0262, в т.ч. НДС', 915000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (199, 'j0bBE6vVpEf2UBehGTN2hw', 199, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 199, '9fb797', '2026-07-20 00:00:00', 400600, '58ac4f', '8597', '0161055000', 'Частичная оплата по счёту СЧ-2026-0263', 400600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (200, '_l3S-mpBhd3obBAyYP4wBA', 200, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 200, '9fb797', '2026-07-14 00:00:00', 1050100, 'c40f03', '5610', '6861642527', 'Оплата по счёту СЧ-2026-0264, в т.ч. НДС', 1050100, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (201, '5sp8_vK6YxZPfCKJjgImKQ', 201, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 201, '9fb797', '2026-09-09 00:00:00', 104200, 'c40f03', '8060', '1622948667', 'Оплата по счёту СЧ-2026-0266, в т.ч. НДС', 104200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (202, 'tDOHGFYz20ZCMtAU9Pf2Vg', 202, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 202, '9fb797', '2026-09-18 00:00:00', 642000, '58ac4f', '8798', '6804571781', 'Оплата по счёту СЧ-2026-0267, в т.ч. НДС', 642000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (203, 'adapfXkH7ph23pP3S9aMLw', 203, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 203, '9fb797', '2026-09-07 00:00:00', 1172500, 'c40f03', '8058', '7517799223', 'Оплата по счёту СЧ-2026-0269, в т.ч. НДС', 1172500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (204, 'GOi37RUwruXPLx5C6BML8w', 204, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 204, '9fb797', '2026-10-07 00:00:00', 319300, '58ac4f', '4702', '6455681516', 'Частичная оплата по счёту СЧ-2026-0270', 319300, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (205, 'fZK4NK18k-HCVCIao7bhGw', 205, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 205, '9fb797', '2026-07-04 00:00:00', 685900, '58ac4f', '5302', '8538012914', 'Частичная оплата по счёту СЧ-2026-0271', 685900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (206, 'MOMEwH0u9DZsni57B4zuSw', 206, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 206, '9fb797', '2026-08-09 00:00:00', 152900, '58ac4f', '9230', '5939761584', 'Частичная оплата по счёту СЧ-2026-0273', 152900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (207, 'UC2vYlKLgqC1X6pdbn24Fw', 207, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 207, '9fb797', '2026-10-07 00:00:00', 263500, '58ac4f', '1353', '1622948667', 'Частичная оплата по счёту СЧ-2026-0274', 263500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (208, 'ykIIhMbUtkRfd0yMu6s53A', 208, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 208, '9fb797', '2026-10-17 00:00:00', 383500, 'c40f03', '5197', '3091141700', 'Оплата по счёту СЧ-2026-0276, в т.ч. НДС', 383500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (209, '0sXwiiYkN3QCiBEW7JafMw', 209, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 209, '9fb797', '2026-08-05 00:00:00', 113900, 'c40f03', '1328', '6861642527', 'Оплата по счёту СЧ-2026-0277, в т.ч. НДС', 113900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (210, 'p2-ywOOjCG0T-3dTPIVK9A', 210, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 210, '9fb797', '2026-10-23 00:00:00', 689500, '58ac4f', '4384', '2280886424', 'Оплата по счёту СЧ-2026-0278, в т.ч. НДС', 689500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (211, '7sdK2AsLdvS2DsJaTUleEg', 211, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 211, '9fb797', '2026-09-28 00:00:00', 60000, '58ac4f', '5422', '2081967277', 'Частичная оплата по счёту СЧ-2026-0279', 60000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (212, 'Fm-GDg3rOKKETW_nzHua5A', 212, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 212, '9fb797', '2026-10-16 00:00:00', 982400, '58ac4f', '8655', '1622948667', 'Оплата по счёту СЧ-2026-0281, в т.ч. НДС', 982400, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (213, 'A75fyEkrSljz9pXNY6wEBA', 213, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 213, '9fb797', '2026-08-07 00:00:00', 910000, 'c40f03', '5602', '9579318607', 'Оплата по счёту СЧ-2026-0283, в т.ч. НДС', 910000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (214, 'ToibitTvNQpYyYx0EbCxZA', 214, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 214, '9fb797', '2026-07-10 00:00:00', 9700, '58ac4f', '1868', '3017568206', 'Частичная оплата по счёту СЧ-2026-0284', 9700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (215, 'L_umMPHhoyVQXpAAo0jbDA', 215, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 215, '9fb797', '2026-08-18 00:00:00', 817000, '58ac4f', '2993', '4162105212', 'Оплата по счёту СЧ-2026-0285, в т.ч. НДС', 817000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (216, '1C2UoofRIaGp46FuRXNoQg', 216, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 216, '9fb797', '2026-10-14 00:00:00', 821600, '58ac4f', '7135', '6861642527', 'Частичная оплата по счёту СЧ-2026-0286', 821600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (217, 'PzjSkfEj3KGlja4w56O34w', 217, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 217, '9fb797', '2026-08-13 00:00:00', 116200, '58ac4f', '766', '3017568206', 'Оплата по счёту СЧ-2026-0287, в т.ч. НДС', 116200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (218, 'yiWFA_UvhnIV79adZZmxTA', 218, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 218, '9fb797', '2026-10-12 00:00:00', 1178800, '58ac4f', '9343', '8764529128', 'Оплата по счёту СЧ-2026-0288, в т.ч. НДС', 1178800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (219, 'fRkFY8VT7y58uRpiqimRkQ', 219, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 219, '9fb797', '2026-08-14 00:00:00', 248200, '58ac4f', '4546', '6804571781', 'Частичная оплата по счёту СЧ-2026-0290', 248200, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (220, '34K8RXBrsMkqa6COa20Jvg', 220, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 220, '9fb797', '2026-06-03 00:00:00', 58000, '58ac4f', '6065', '0161055000', 'Частичная оплата по счёту СЧ-2026-0291', 58000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (221, 'dj3GC3FGed6Z1GLPbLgZqg', 221, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 221, '9fb797', '2026-08-29 00:00:00', 52500, '58ac4f', '6813', '4162105212', 'Оплата по счёту СЧ-2026-0292, в т.ч. НДС', 52500, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (222, 'lVVxZhg5XAGXtqNFa-K_hA', 222, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 222, '9fb797', '2026-07-20 00:00:00', 497700, '58ac4f', '6969', '8764529128', 'Частичная оплата по счёту СЧ-2026-0294', 497700, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (223, 'jho05dOI_LhjcwzaPEWi0A', 223, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 223, '9fb797', '2026-09-24 00:00:00', 1029600, '58ac4f', '5640', '2059972835', 'Оплата по счёту СЧ-2026-0295, в т.ч. НДС', 1029600, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (224, 'HQJEdzX3HII6Xln7NYWjeg', 224, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 224, '9fb797', '2026-10-25 00:00:00', 209800, '58ac4f', '750', '6897684697', 'Частичная оплата по счёту СЧ-2026-0296', 209800, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (225, 'MlIqDRgGlp2rHC5t_AmwTg', 225, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 225, '9fb797', '2026-10-01 00:00:00', 358000, '58ac4f', '3541', '7294055764', 'Частичная оплата по счёту СЧ-2026-0298', 358000, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (226, '1XXuMYZs4htQzbUU-8YDwg', 226, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 226, '9fb797', '2026-12-03 00:00:00', 192900, '58ac4f', '2866', '7147513621', 'Частичная оплата по счёту СЧ-2026-0299', 192900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (227, 'BnDj2S_nwnwjtcQDRLVZvg', 227, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 227, '9fb797', '2026-11-10 00:00:00', 69900, '58ac4f', '9700', '6455681516', 'Частичная оплата по счёту СЧ-2026-0300', 69900, 0, 0, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (229, '6-7Phvxhg1zexGVNe6Nn4Q', 229, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 229, '85387c', '2026-12-04 00:00:00', 539000, NULL, NULL, NULL, 'Списание безнадёжного долга', 0, 0, 539000, false);
INSERT INTO tablo_upgrade_fixture.t_4 VALUES (230, 's1h2IAm8BeJbpI4xjUNtew', 230, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 230, '9fb797', '2026-12-05 00:00:00', 48000, '58ac4f', NULL, '2081967277', 'Оплата по договору поставки (счёт не указан)', 48000, 0, 0, true);


--
-- Data for Name: t_5; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.t_5 VALUES (1, 'AyroQ67Iko6-DKaBhbvwiA', 1, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0004', 'd92caf', 'null', '[1]', '2026-12-03 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (2, '5hrlyncXdr8GPdfIfldTzA', 2, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0006', 'd92caf', 'null', '[1]', '2026-12-12 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (3, 'uM4JawE9QUk550j-AgCTtA', 3, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0009', '92bdcf', 'null', '[1]', '2026-12-09 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (4, 'P2FwXQSn1C_3rp63L9LO1A', 4, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0013', 'd92caf', 'null', '[1]', '2026-12-06 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (5, 'zJI0fTloy9NAC3K_QkvXNw', 5, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0019', '92bdcf', 'null', '[1]', '2026-12-08 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (6, '2KKJExy9HLVFjb12F_eGcw', 6, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0031', 'd92caf', 'null', '[1]', '2026-12-09 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (7, 'zkxiMoq6TU-VTWLj0_m5Yw', 7, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0034', 'd92caf', '[1]', '[1]', '2026-12-14 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (8, 'SuVlhCdnAQ9oXvpHeUgQ1Q', 8, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0040', '126178', 'null', '[1]', '2026-12-10 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (9, 'MvxvNvTnqgHpo7l0E1DzlA', 9, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0045', '126178', '[1]', '[1]', '2026-12-05 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (10, 'CRMbL9Oy6Sio__e0U07tPg', 10, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0047', '126178', 'null', '[1]', '2026-12-02 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (11, '11f-sb1suwNl5eQkg2DYWA', 11, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0048', '126178', 'null', '[1]', '2026-12-10 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (12, 'ZMcPRdnYV2VFcjjsB7KSiA', 12, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0049', '126178', 'null', '[1]', '2026-12-10 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (13, '4lXf9R7WX2bWt_XOffrdqA', 13, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0050', 'd92caf', '[1]', '[1]', '2026-12-10 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (14, '4bzhMjpbR-01OQ8tJFYcYw', 14, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0052', '92bdcf', 'null', '[1]', '2026-12-11 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (15, 'RUXph3BRxYhovlYRKhZe5A', 15, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0059', 'd92caf', 'null', '[1]', '2026-12-06 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (16, 'T6iLGP7UnlKEu5DtjlseaQ', 16, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0063', '126178', 'null', '[1]', '2026-12-05 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (17, 'Gg30RZkMG40BknV3Fkh2sw', 17, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0064', '126178', '[1]', '[1]', '2026-12-08 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (18, 'BXmXgLZz7iXSl_m_6eZg_A', 18, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0065', 'd92caf', 'null', '[1]', '2026-12-08 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (19, '1QxKrTlA-HQM9y1k0Obh9Q', 19, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0073', 'd92caf', 'null', '[1]', '2026-12-05 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (20, '7yXMdzPncqsg9vacg-bdRg', 20, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0077', 'd92caf', 'null', '[1]', '2026-12-07 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (21, 'TaRhZd0UUKaxefTQnGHNYA', 21, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0078', '126178', 'null', '[1]', '2026-12-14 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (22, 'NuDFd3y-U_waB_RPOe-nRw', 22, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0084', 'd92caf', 'null', '[1]', '2026-12-07 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (23, 'ia5FE6HtD-9CLhaaUK8OKA', 23, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0085', '126178', 'null', '[1]', '2026-12-07 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (24, 'd_I_HBbQSnGs9f--t9aOPw', 24, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0090', '92bdcf', 'null', '[1]', '2026-12-10 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (25, '4Q1o22-UTm0TuTjLms-DEA', 25, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0092', '126178', '[1]', '[1]', '2026-12-06 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (26, 'aRBdJFAtaHvu_Bn8-TtMLw', 26, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0102', '126178', '[1]', '[1]', '2026-12-09 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (27, 'V2b14u_zr7jTo-Dv26Df5Q', 27, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0105', '126178', 'null', '[1]', '2026-12-05 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (28, 'UQAXwupi2nUZ-_Rprad93g', 28, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0108', '126178', 'null', '[1]', '2026-12-14 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (29, 'bBjT-tjEkN3XCWqUgiy8qA', 29, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0109', 'd92caf', '[1]', '[1]', '2026-12-10 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (30, 'xCKAhFMLx3knqpJ2VgaHoA', 30, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0115', 'd92caf', 'null', '[1]', '2026-12-11 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (31, 'f7gJW0Uhe3p-zJpyGBD0LA', 31, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0116', '92bdcf', '[1]', '[1]', '2026-12-13 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (32, '1_egolmyBDA9NLM364jmAg', 32, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0118', '126178', '[1]', '[1]', '2026-12-08 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (33, 'cz0PoBNbCqgvh9nX954DhA', 33, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0120', '126178', '[1]', '[1]', '2026-12-04 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (34, 'ra-iz9PbarJLNINlyICDSg', 34, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0122', '126178', 'null', '[1]', '2026-12-13 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (35, 'poJnsdV46PnSyu8z78WYnw', 35, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0123', '92bdcf', 'null', '[1]', '2026-12-03 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (36, '_CVLjtrzj1c2pv08WIE-7Q', 36, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0124', 'd92caf', 'null', '[1]', '2026-12-02 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (37, 'hTBBkAeVoy4Eh2u9vxVQCg', 37, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0132', '92bdcf', 'null', '[1]', '2026-12-14 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (38, '81vgIFSLoXAR_Z0X5irdCA', 38, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0138', '126178', 'null', '[1]', '2026-12-12 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (39, 'WYEobUYpexQ58_0z7-SGAg', 39, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0141', '92bdcf', '[1]', '[1]', '2026-12-03 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (40, 'esWPBc_LBUnn61WWE5cxHw', 40, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0143', 'd92caf', 'null', '[1]', '2026-12-08 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (41, '4tPsgNQ5ixJ0HKSVmhm--w', 41, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0168', 'd92caf', '[1]', '[1]', '2026-12-06 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (42, 'iA89MQBKWdutheo8HW4Hkg', 42, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0174', '126178', 'null', '[1]', '2026-12-11 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (43, 'Hclx8gz5CJ0MeFfyUt78Ow', 43, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0178', '92bdcf', 'null', '[1]', '2026-12-09 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (44, 'gR8SCKfE_dPwV21C3-TI9g', 44, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0179', 'd92caf', '[1]', '[1]', '2026-12-09 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (45, 'XXk77MUOMyGPwiGLzeyYcg', 45, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0181', '92bdcf', 'null', '[1]', '2026-12-11 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (46, 'qj2HhylkFnNDWVVfejG9sA', 46, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0183', '126178', '[1]', '[1]', '2026-12-07 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (47, 'HCD7U55SG0quFQwk1syx-g', 47, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0189', '92bdcf', 'null', '[1]', '2026-12-14 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (48, 'FRaJzuV88TJWfi6vnufYdw', 48, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0191', 'd92caf', '[1]', '[1]', '2026-12-03 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (49, 'RzgAejN3oGilYwlgbrebZA', 49, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0196', '126178', 'null', '[1]', '2026-12-03 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (50, 'cHE28dSJR900g0TlA-vE8Q', 50, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0200', '126178', 'null', '[1]', '2026-12-09 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (51, 'L5n7fJdRES4LTLK-CjVQtA', 51, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0206', 'd92caf', 'null', '[1]', '2026-12-04 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (52, 'pGH6ch9A7btKiUsRSLia5g', 52, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0207', 'd92caf', 'null', '[1]', '2026-12-10 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (53, 'ZTxT9Y-QA44XbqRk6Fhb3Q', 53, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0208', '126178', '[1]', '[1]', '2026-12-08 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (54, 'v3SENMYW8nYhkKtNw3VOXw', 54, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0211', 'd92caf', 'null', '[1]', '2026-12-09 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (55, 'tioHIb7qpM0jgi6isZSSAQ', 55, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0216', '92bdcf', 'null', '[1]', '2026-12-02 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (56, '2w4-Hgdqy5hXjrmJkaZf-A', 56, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0223', '126178', '[1]', '[1]', '2026-12-06 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (57, 'tHIjHPUlEtk4IuZjhAF3DQ', 57, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0226', 'd92caf', 'null', '[1]', '2026-12-13 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (58, 'e--tWPdDQyFOOfcKYjOAqg', 58, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0232', '92bdcf', 'null', '[1]', '2026-12-07 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (59, '65iouzY6-pi-8Q4sg94OUw', 59, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0239', '126178', '[1]', '[1]', '2026-12-14 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (60, 'juK9dpF1Rszald_y-ic3Uw', 60, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0245', 'd92caf', 'null', '[1]', '2026-12-02 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (61, '9N1LQfjlxuVZ7DybfViyFw', 61, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0248', 'd92caf', '[1]', '[1]', '2026-12-14 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (62, 'fLTFyGSQ9btT3GYoWeOfxw', 62, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0251', '126178', 'null', '[1]', '2026-12-14 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (63, 'rbeM44WL1lXZ5Dnhy8EyhQ', 63, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0253', '92bdcf', 'null', '[1]', '2026-12-11 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (64, '4fR7BfaCNRbzvZbbHwnqow', 64, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0262', '126178', 'null', '[1]', '2026-12-12 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (65, 'LJv79iIYJKjdWviLviw0Dg', 65, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0282', '126178', '[1]', '[1]', '2026-12-03 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (66, '7jGmQuGmqf8mSaHNqZ5dcA', 66, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0283', '92bdcf', '[1]', '[1]', '2026-12-10 00:00:00', '104508', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (67, 'hgKRt41Q8PmHvm2yiFjl5A', 67, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0286', '92bdcf', 'null', '[1]', '2026-12-06 00:00:00', '601d81', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (68, 'FCqxvBBQUlXF2MhLXaD_nA', 68, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0292', '126178', '[1]', '[1]', '2026-12-09 00:00:00', '63f7e8', NULL, NULL);
INSERT INTO tablo_upgrade_fixture.t_5 VALUES (69, 'JU0LkbdExwRHFahl4yUUQQ', 69, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, 'Напомнить об оплате СЧ-2026-0298', '92bdcf', '[1]', '[1]', '2026-12-02 00:00:00', '104508', NULL, NULL);


--
-- Data for Name: t_6; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.t_6 VALUES (1, 'MfFSXwO_1YdwN7-d_SK9bQ', 1, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2025-12', '2025-12-01 00:00:00', 6235000, 5121000, 9226000, 31, 45.9);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (2, 'uYDthHeWsaoPx1OTPwbA_w', 2, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-01', '2026-01-01 00:00:00', 9351000, 9762000, 12350000, 31, 40.9);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (3, 'NVk-YoV1wnXd1ll6tzQajQ', 3, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-02', '2026-02-01 00:00:00', 8124000, 7249000, 10037000, 28, 34.6);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (4, 'CKuvxEFTgEVg1jDu7YXg-g', 4, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-03', '2026-03-01 00:00:00', 6920000, 5809000, 11602000, 31, 52);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (5, 'RRw2V1i5dlseE3hGAe95FQ', 5, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-04', '2026-04-01 00:00:00', 9124000, 8499000, 13411000, 30, 44.1);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (6, '7XFeUnVRto3KxvJIlblw0Q', 6, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-05', '2026-05-01 00:00:00', 10188000, 8598000, 15286000, 31, 46.5);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (7, '-JDQYLRQeq5tmGr-TA5irw', 7, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-06', '2026-06-01 00:00:00', 10198000, 10467000, 19025000, 30, 56);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (8, 'Xjq_2PGm0HzgPgms7Kppbg', 8, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-07', '2026-07-01 00:00:00', 10463000, 10491000, 14210000, 31, 42.1);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (9, '8tNIXgzVqW6E9v0zsHcfUw', 9, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-08', '2026-08-01 00:00:00', 8577000, 8394000, 9612000, 31, 34.7);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (10, '4AnHYD2at-JKeh26_IGEKA', 10, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-09', '2026-09-01 00:00:00', 8678000, 8349000, 16035000, 30, 55.4);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (11, 'SvLnDE4-lRYlmxrQabgEpw', 11, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-10', '2026-10-01 00:00:00', 9335000, 7817000, 11574000, 31, 38.4);
INSERT INTO tablo_upgrade_fixture.t_6 VALUES (12, 'TqhIJieAKMPmokLuVRnFCQ', 12, '2026-12-07 00:28:17.64334', '2026-12-07 00:28:17.64334', 1, 1, '2026-11', '2026-11-01 00:00:00', 10793000, 11305000, 13268000, 30, 36.9);


--
-- Data for Name: table_permissions; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: tables; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.tables VALUES (3, 1, 'Invoices', 1, 't_3', '2026-12-07 00:28:17.64334', NULL);
INSERT INTO tablo_upgrade_fixture.tables VALUES (5, 1, 'Follow-ups', 2, 't_5', '2026-12-07 00:28:17.64334', NULL);
INSERT INTO tablo_upgrade_fixture.tables VALUES (2, 1, 'Customers', 3, 't_2', '2026-12-07 00:28:17.64334', NULL);
INSERT INTO tablo_upgrade_fixture.tables VALUES (4, 1, 'Payments', 4, 't_4', '2026-12-07 00:28:17.64334', NULL);
INSERT INTO tablo_upgrade_fixture.tables VALUES (1, 1, 'Managers', 5, 't_1', '2026-12-07 00:28:17.64334', NULL);
INSERT INTO tablo_upgrade_fixture.tables VALUES (6, 1, 'Monthly KPIs', 6, 't_6', '2026-12-07 00:28:17.64334', NULL);


--
-- Data for Name: users; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.users VALUES (1, 'owner@example.com', 'Olga Owner', 'scrypt:32768:8:1$Yb2nGMtHmv5tCydk$0cdfa96d9d566f12cc12ac30590f0107625f5c4081871f262b2598f95e3f30398c52816dc8f4ca1de10a830af7721d8ed9a2c47a66e909e1de7af865c6063836', true, 'en', 'UTC', '2026-12-07 00:28:17.512981');
INSERT INTO tablo_upgrade_fixture.users VALUES (2, 'mate@example.com', 'Max Mate', 'scrypt:32768:8:1$peCk0w4pys8aaHkt$28c18b8f8bac2a4f2370fc279cda9a6508bdde306cc91cb008ff2365134e512620baf2f8fc0f332202387efb0ab2915ce475e2148b2fa4cbbcb725dfa5a3c03a', false, 'en', 'UTC', '2026-12-07 00:28:17.612029');


--
-- Data for Name: views; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--

INSERT INTO tablo_upgrade_fixture.views VALUES (1, 3, 'Open', 1, '{"sorts": [{"column_id": 18, "direction": "asc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}, {"value": false, "operator": "is", "column_id": 23}], "conjunction": "and"}, "group_by": [], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (2, 3, 'Overdue', 2, '{"sorts": [{"column_id": 68, "direction": "desc"}, {"column_id": 67, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 68}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 71, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FEF3C7", "filters": {"filters": [{"value": "1–30", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FFEDD5", "filters": {"filters": [{"value": "31–60", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FEE2E2", "filters": {"filters": [{"value": "61–90", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FCA5A5", "filters": {"filters": [{"value": "90+", "operator": "is", "column_id": 71}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (3, 3, 'Due this week', 3, '{"sorts": [{"column_id": 18, "direction": "asc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}, {"value": "this_week", "operator": "is_within", "column_id": 18}, {"value": false, "operator": "is", "column_id": 20}], "conjunction": "and"}, "group_by": [{"column_id": 62, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (4, 3, 'Upcoming 4 weeks', 4, '{"sorts": [{"column_id": 18, "direction": "asc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}, {"value": {"days": 28, "term": "next_days"}, "operator": "is_within", "column_id": 18}], "conjunction": "and"}, "group_by": [], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (5, 3, 'By manager', 5, '{"sorts": [{"column_id": 68, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 62, "direction": "asc", "granularity": null}, {"column_id": 71, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FEF3C7", "filters": {"filters": [{"value": "1–30", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FFEDD5", "filters": {"filters": [{"value": "31–60", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FEE2E2", "filters": {"filters": [{"value": "61–90", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FCA5A5", "filters": {"filters": [{"value": "90+", "operator": "is", "column_id": 71}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (6, 3, 'My invoices', 6, '{"sorts": [{"column_id": 68, "direction": "desc"}], "filters": {"filters": [{"value": ["me"], "operator": "has_any_of", "column_id": 16}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 71, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FEF3C7", "filters": {"filters": [{"value": "1–30", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FFEDD5", "filters": {"filters": [{"value": "31–60", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FEE2E2", "filters": {"filters": [{"value": "61–90", "operator": "is", "column_id": 71}], "conjunction": "and"}}, {"color": "#FCA5A5", "filters": {"filters": [{"value": "90+", "operator": "is", "column_id": 71}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (7, 3, 'Disputed', 7, '{"sorts": [], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 20}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 21, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "rules", "rules": [{"color": "#FFEDD5", "filters": {"filters": [{"value": true, "operator": "is", "column_id": 20}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (8, 3, 'Promises to pay', 8, '{"sorts": [{"column_id": 25, "direction": "asc"}], "filters": {"filters": [{"value": null, "operator": "not_empty", "column_id": 25}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 73, "direction": "asc", "granularity": null}], "summaries": {}, "row_colors": {"type": "rules", "rules": [{"color": "#FCA5A5", "filters": {"filters": [{"value": "Broken / Нарушено", "operator": "is", "column_id": 73}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (9, 3, 'Can''t pay', 9, '{"sorts": [{"column_id": 67, "direction": "desc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 22}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 52, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (10, 3, 'Escalated / legal', 10, '{"sorts": [{"column_id": 67, "direction": "desc"}], "filters": {"filters": [{"value": ["Head of sales / РОП", "Pre-trial claim / Претензия", "Restructuring / Реструктуризация", "Terms changed / Изменены условия", "Legal / Суд"], "operator": "is_any_of", "column_id": 24}, {"value": 0, "operator": "gt", "column_id": 67}], "conjunction": "and"}, "group_by": [{"column_id": 24, "direction": "asc", "granularity": null}], "summaries": {"19": "sum", "67": "sum", "72": "sum"}, "row_colors": {"type": "by_select", "rules": [], "column_id": 24}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (11, 3, 'Paid this month', 11, '{"sorts": [{"column_id": 66, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "lte", "column_id": 67}, {"value": "this_month", "operator": "is_within", "column_id": 66}], "conjunction": "and"}, "group_by": [], "summaries": {"19": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (12, 2, 'Debtors registry', 1, '{"sorts": [{"column_id": 76, "direction": "desc"}], "filters": {"filters": [{"value": 0, "operator": "gt", "column_id": 76}], "conjunction": "and"}, "group_by": [{"column_id": 50, "direction": "asc", "granularity": null}], "summaries": {"75": "sum", "76": "sum"}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (13, 2, 'Stop list', 2, '{"sorts": [{"column_id": 75, "direction": "desc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 80}], "conjunction": "and"}, "group_by": [], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (14, 4, 'Unapplied', 1, '{"sorts": [{"column_id": 30, "direction": "desc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 61}], "conjunction": "and"}, "group_by": [], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (15, 5, 'My tasks', 1, '{"sorts": [{"column_id": 40, "direction": "asc"}], "filters": {"filters": [{"value": ["me"], "operator": "has_any_of", "column_id": 38}, {"value": ["To do / Запланировано", "In progress / В работе"], "operator": "is_any_of", "column_id": 41}], "conjunction": "and"}, "group_by": [{"column_id": 37, "direction": "asc", "granularity": null}], "summaries": {}, "row_colors": {"type": "rules", "rules": [{"color": "#FCA5A5", "filters": {"filters": [{"value": true, "operator": "is", "column_id": 85}], "conjunction": "and"}}], "column_id": null}, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (16, 5, 'Overdue tasks', 2, '{"sorts": [{"column_id": 40, "direction": "asc"}], "filters": {"filters": [{"value": true, "operator": "is", "column_id": 85}], "conjunction": "and"}, "group_by": [{"column_id": 38, "direction": "asc", "granularity": null}], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);
INSERT INTO tablo_upgrade_fixture.views VALUES (17, 3, 'Open, newest first', 12, '{"sorts": [{"column_id": 15, "direction": "desc"}], "filters": {"filters": [], "conjunction": "and"}, "group_by": [], "summaries": {}, "row_colors": null, "row_height": "default", "column_order": [], "frozen_count": 0, "column_widths": {}, "hidden_columns": []}', NULL, 1, NULL);


--
-- Data for Name: webhook_deliveries; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Data for Name: webhooks; Type: TABLE DATA; Schema: tablo_upgrade_fixture; Owner: -
--



--
-- Name: actions_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.actions_id_seq', 11, true);


--
-- Name: api_tokens_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.api_tokens_id_seq', 1, true);


--
-- Name: automation_rules_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.automation_rules_id_seq', 5, true);


--
-- Name: automation_runs_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.automation_runs_id_seq', 1, true);


--
-- Name: bases_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.bases_id_seq', 1, true);


--
-- Name: charts_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.charts_id_seq', 10, true);


--
-- Name: columns_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.columns_id_seq', 88, true);


--
-- Name: comments_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.comments_id_seq', 2, true);


--
-- Name: forms_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.forms_id_seq', 1, true);


--
-- Name: invitations_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.invitations_id_seq', 1, false);


--
-- Name: login_attempts_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.login_attempts_id_seq', 1, false);


--
-- Name: notifications_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.notifications_id_seq', 1, true);


--
-- Name: retired_columns_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.retired_columns_id_seq', 1, false);


--
-- Name: row_changes_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.row_changes_id_seq', 1279, true);


--
-- Name: sessions_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.sessions_id_seq', 2, true);


--
-- Name: share_links_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.share_links_id_seq', 1, true);


--
-- Name: t_1_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.t_1_id_seq', 4, true);


--
-- Name: t_2_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.t_2_id_seq', 30, true);


--
-- Name: t_3_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.t_3_id_seq', 301, true);


--
-- Name: t_4_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.t_4_id_seq', 230, true);


--
-- Name: t_5_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.t_5_id_seq', 69, true);


--
-- Name: t_6_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.t_6_id_seq', 12, true);


--
-- Name: tables_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.tables_id_seq', 6, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.users_id_seq', 2, true);


--
-- Name: views_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.views_id_seq', 17, true);


--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.webhook_deliveries_id_seq', 1, false);


--
-- Name: webhooks_id_seq; Type: SEQUENCE SET; Schema: tablo_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('tablo_upgrade_fixture.webhooks_id_seq', 1, false);


--
-- Name: actions actions_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.actions
    ADD CONSTRAINT actions_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_token_hash_key; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.api_tokens
    ADD CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: automation_matches automation_matches_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_matches
    ADD CONSTRAINT automation_matches_pkey PRIMARY KEY (rule_id, row_id);


--
-- Name: automation_rules automation_rules_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_rules
    ADD CONSTRAINT automation_rules_pkey PRIMARY KEY (id);


--
-- Name: automation_runs automation_runs_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_runs
    ADD CONSTRAINT automation_runs_pkey PRIMARY KEY (id);


--
-- Name: base_members base_members_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.base_members
    ADD CONSTRAINT base_members_pkey PRIMARY KEY (base_id, user_id);


--
-- Name: bases bases_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.bases
    ADD CONSTRAINT bases_pkey PRIMARY KEY (id);


--
-- Name: bases bases_uuid_key; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.bases
    ADD CONSTRAINT bases_uuid_key UNIQUE (uuid);


--
-- Name: charts charts_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.charts
    ADD CONSTRAINT charts_pkey PRIMARY KEY (id);


--
-- Name: column_permissions column_permissions_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.column_permissions
    ADD CONSTRAINT column_permissions_pkey PRIMARY KEY (column_id);


--
-- Name: columns columns_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.columns
    ADD CONSTRAINT columns_pkey PRIMARY KEY (id);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);


--
-- Name: counters counters_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.counters
    ADD CONSTRAINT counters_pkey PRIMARY KEY (column_id);


--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (id);


--
-- Name: forms forms_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.forms
    ADD CONSTRAINT forms_pkey PRIMARY KEY (id);


--
-- Name: forms forms_token_key; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.forms
    ADD CONSTRAINT forms_token_key UNIQUE (token);


--
-- Name: import_jobs import_jobs_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.import_jobs
    ADD CONSTRAINT import_jobs_pkey PRIMARY KEY (id);


--
-- Name: invitations invitations_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.invitations
    ADD CONSTRAINT invitations_pkey PRIMARY KEY (id);


--
-- Name: invitations invitations_token_hash_key; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.invitations
    ADD CONSTRAINT invitations_token_hash_key UNIQUE (token_hash);


--
-- Name: l_50 l_50_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.l_50
    ADD CONSTRAINT l_50_pkey PRIMARY KEY (row_a, row_b);


--
-- Name: l_52 l_52_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.l_52
    ADD CONSTRAINT l_52_pkey PRIMARY KEY (row_a, row_b);


--
-- Name: l_54 l_54_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.l_54
    ADD CONSTRAINT l_54_pkey PRIMARY KEY (row_a, row_b);


--
-- Name: l_56 l_56_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.l_56
    ADD CONSTRAINT l_56_pkey PRIMARY KEY (row_a, row_b);


--
-- Name: login_attempts login_attempts_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.login_attempts
    ADD CONSTRAINT login_attempts_pkey PRIMARY KEY (id);


--
-- Name: notification_settings notification_settings_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.notification_settings
    ADD CONSTRAINT notification_settings_pkey PRIMARY KEY (user_id);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: retired_columns retired_columns_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.retired_columns
    ADD CONSTRAINT retired_columns_pkey PRIMARY KEY (id);


--
-- Name: row_changes row_changes_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.row_changes
    ADD CONSTRAINT row_changes_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_token_hash_key; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.sessions
    ADD CONSTRAINT sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- Name: share_links share_links_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.share_links
    ADD CONSTRAINT share_links_pkey PRIMARY KEY (id);


--
-- Name: share_links share_links_token_hash_key; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.share_links
    ADD CONSTRAINT share_links_token_hash_key UNIQUE (token_hash);


--
-- Name: t_1 t_1_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_1
    ADD CONSTRAINT t_1_pkey PRIMARY KEY (id);


--
-- Name: t_2 t_2_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_2
    ADD CONSTRAINT t_2_pkey PRIMARY KEY (id);


--
-- Name: t_3 t_3_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_3
    ADD CONSTRAINT t_3_pkey PRIMARY KEY (id);


--
-- Name: t_4 t_4_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_4
    ADD CONSTRAINT t_4_pkey PRIMARY KEY (id);


--
-- Name: t_5 t_5_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_5
    ADD CONSTRAINT t_5_pkey PRIMARY KEY (id);


--
-- Name: t_6 t_6_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.t_6
    ADD CONSTRAINT t_6_pkey PRIMARY KEY (id);


--
-- Name: table_permissions table_permissions_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.table_permissions
    ADD CONSTRAINT table_permissions_pkey PRIMARY KEY (table_id, operation);


--
-- Name: tables tables_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.tables
    ADD CONSTRAINT tables_pkey PRIMARY KEY (id);


--
-- Name: actions uq_actions_base_version; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.actions
    ADD CONSTRAINT uq_actions_base_version UNIQUE (base_id, version);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: views views_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.views
    ADD CONSTRAINT views_pkey PRIMARY KEY (id);


--
-- Name: webhook_deliveries webhook_deliveries_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id);


--
-- Name: webhooks webhooks_pkey; Type: CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.webhooks
    ADD CONSTRAINT webhooks_pkey PRIMARY KEY (id);


--
-- Name: ix_actions_base_user; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_actions_base_user ON tablo_upgrade_fixture.actions USING btree (base_id, user_id, id);


--
-- Name: ix_automation_rules_base; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_automation_rules_base ON tablo_upgrade_fixture.automation_rules USING btree (base_id);


--
-- Name: ix_automation_runs_base_time; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_automation_runs_base_time ON tablo_upgrade_fixture.automation_runs USING btree (base_id, created_at);


--
-- Name: ix_automation_runs_due; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_automation_runs_due ON tablo_upgrade_fixture.automation_runs USING btree (status);


--
-- Name: ix_automation_runs_rule; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_automation_runs_rule ON tablo_upgrade_fixture.automation_runs USING btree (rule_id, id);


--
-- Name: ix_base_members_user; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_base_members_user ON tablo_upgrade_fixture.base_members USING btree (user_id);


--
-- Name: ix_charts_base; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_charts_base ON tablo_upgrade_fixture.charts USING btree (base_id);


--
-- Name: ix_column_permissions_table; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_column_permissions_table ON tablo_upgrade_fixture.column_permissions USING btree (table_id);


--
-- Name: ix_columns_table; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_columns_table ON tablo_upgrade_fixture.columns USING btree (table_id);


--
-- Name: ix_comments_row; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_comments_row ON tablo_upgrade_fixture.comments USING btree (table_id, row_id, id);


--
-- Name: ix_files_base; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_files_base ON tablo_upgrade_fixture.files USING btree (base_id);


--
-- Name: ix_forms_table; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_forms_table ON tablo_upgrade_fixture.forms USING btree (table_id);


--
-- Name: ix_invitations_base; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_invitations_base ON tablo_upgrade_fixture.invitations USING btree (base_id);


--
-- Name: ix_l_50_b; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_l_50_b ON tablo_upgrade_fixture.l_50 USING btree (row_b, row_a);


--
-- Name: ix_l_52_b; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_l_52_b ON tablo_upgrade_fixture.l_52 USING btree (row_b, row_a);


--
-- Name: ix_l_54_b; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_l_54_b ON tablo_upgrade_fixture.l_54 USING btree (row_b, row_a);


--
-- Name: ix_l_56_b; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_l_56_b ON tablo_upgrade_fixture.l_56 USING btree (row_b, row_a);


--
-- Name: ix_login_attempts_email_at; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_login_attempts_email_at ON tablo_upgrade_fixture.login_attempts USING btree (email, at);


--
-- Name: ix_login_attempts_ip_at; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_login_attempts_ip_at ON tablo_upgrade_fixture.login_attempts USING btree (ip, at);


--
-- Name: ix_notifications_user; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_notifications_user ON tablo_upgrade_fixture.notifications USING btree (user_id, id);


--
-- Name: ix_row_changes_row; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_row_changes_row ON tablo_upgrade_fixture.row_changes USING btree (table_id, row_id, id);


--
-- Name: ix_share_links_view; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_share_links_view ON tablo_upgrade_fixture.share_links USING btree (view_id);


--
-- Name: ix_t_1__order; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_t_1__order ON tablo_upgrade_fixture.t_1 USING btree (_order, id);


--
-- Name: ix_t_2__order; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_t_2__order ON tablo_upgrade_fixture.t_2 USING btree (_order, id);


--
-- Name: ix_t_3__order; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_t_3__order ON tablo_upgrade_fixture.t_3 USING btree (_order, id);


--
-- Name: ix_t_4__order; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_t_4__order ON tablo_upgrade_fixture.t_4 USING btree (_order, id);


--
-- Name: ix_t_5__order; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_t_5__order ON tablo_upgrade_fixture.t_5 USING btree (_order, id);


--
-- Name: ix_t_6__order; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_t_6__order ON tablo_upgrade_fixture.t_6 USING btree (_order, id);


--
-- Name: ix_tables_base; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_tables_base ON tablo_upgrade_fixture.tables USING btree (base_id);


--
-- Name: ix_views_table; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_views_table ON tablo_upgrade_fixture.views USING btree (table_id);


--
-- Name: ix_webhook_deliveries_due; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_webhook_deliveries_due ON tablo_upgrade_fixture.webhook_deliveries USING btree (status, next_attempt_at);


--
-- Name: ix_webhook_deliveries_hook; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_webhook_deliveries_hook ON tablo_upgrade_fixture.webhook_deliveries USING btree (webhook_id, id);


--
-- Name: ix_webhooks_base; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX ix_webhooks_base ON tablo_upgrade_fixture.webhooks USING btree (base_id);


--
-- Name: ux_t_1__id; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX ux_t_1__id ON tablo_upgrade_fixture.t_1 USING btree (_id);


--
-- Name: ux_t_2__id; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX ux_t_2__id ON tablo_upgrade_fixture.t_2 USING btree (_id);


--
-- Name: ux_t_3__id; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX ux_t_3__id ON tablo_upgrade_fixture.t_3 USING btree (_id);


--
-- Name: ux_t_4__id; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX ux_t_4__id ON tablo_upgrade_fixture.t_4 USING btree (_id);


--
-- Name: ux_t_5__id; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX ux_t_5__id ON tablo_upgrade_fixture.t_5 USING btree (_id);


--
-- Name: ux_t_6__id; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE UNIQUE INDEX ux_t_6__id ON tablo_upgrade_fixture.t_6 USING btree (_id);


--
-- Name: vx_3_386e127796; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX vx_3_386e127796 ON tablo_upgrade_fixture.t_3 USING btree (c_21 NULLS FIRST);


--
-- Name: vx_3_4408e70d38; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX vx_3_4408e70d38 ON tablo_upgrade_fixture.t_3 USING btree (c_18 NULLS FIRST, id);


--
-- Name: vx_3_90bf26b307; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX vx_3_90bf26b307 ON tablo_upgrade_fixture.t_3 USING btree (c_23 NULLS FIRST, c_18 NULLS FIRST, id);


--
-- Name: vx_3_ec9b2c9182; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX vx_3_ec9b2c9182 ON tablo_upgrade_fixture.t_3 USING btree (c_17 NULLS FIRST, c_19 NULLS FIRST);


--
-- Name: vx_4_6d6ab8d2bd; Type: INDEX; Schema: tablo_upgrade_fixture; Owner: -
--

CREATE INDEX vx_4_6d6ab8d2bd ON tablo_upgrade_fixture.t_4 USING btree (c_30 DESC NULLS LAST, id);


--
-- Name: actions actions_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.actions
    ADD CONSTRAINT actions_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: actions actions_user_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.actions
    ADD CONSTRAINT actions_user_id_fkey FOREIGN KEY (user_id) REFERENCES tablo_upgrade_fixture.users(id);


--
-- Name: api_tokens api_tokens_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.api_tokens
    ADD CONSTRAINT api_tokens_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE CASCADE;


--
-- Name: automation_matches automation_matches_rule_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_matches
    ADD CONSTRAINT automation_matches_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES tablo_upgrade_fixture.automation_rules(id) ON DELETE CASCADE;


--
-- Name: automation_rules automation_rules_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_rules
    ADD CONSTRAINT automation_rules_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: automation_rules automation_rules_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_rules
    ADD CONSTRAINT automation_rules_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: automation_rules automation_rules_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_rules
    ADD CONSTRAINT automation_rules_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: automation_runs automation_runs_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_runs
    ADD CONSTRAINT automation_runs_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: automation_runs automation_runs_rule_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.automation_runs
    ADD CONSTRAINT automation_runs_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES tablo_upgrade_fixture.automation_rules(id) ON DELETE CASCADE;


--
-- Name: base_members base_members_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.base_members
    ADD CONSTRAINT base_members_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: base_members base_members_user_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.base_members
    ADD CONSTRAINT base_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE CASCADE;


--
-- Name: bases bases_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.bases
    ADD CONSTRAINT bases_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id);


--
-- Name: charts charts_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.charts
    ADD CONSTRAINT charts_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: charts charts_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.charts
    ADD CONSTRAINT charts_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id);


--
-- Name: charts charts_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.charts
    ADD CONSTRAINT charts_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: charts charts_view_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.charts
    ADD CONSTRAINT charts_view_id_fkey FOREIGN KEY (view_id) REFERENCES tablo_upgrade_fixture.views(id) ON DELETE SET NULL;


--
-- Name: column_permissions column_permissions_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.column_permissions
    ADD CONSTRAINT column_permissions_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: column_permissions column_permissions_column_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.column_permissions
    ADD CONSTRAINT column_permissions_column_id_fkey FOREIGN KEY (column_id) REFERENCES tablo_upgrade_fixture.columns(id) ON DELETE CASCADE;


--
-- Name: column_permissions column_permissions_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.column_permissions
    ADD CONSTRAINT column_permissions_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: columns columns_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.columns
    ADD CONSTRAINT columns_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: comments comments_author_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.comments
    ADD CONSTRAINT comments_author_id_fkey FOREIGN KEY (author_id) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: comments comments_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.comments
    ADD CONSTRAINT comments_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: comments comments_resolved_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.comments
    ADD CONSTRAINT comments_resolved_by_fkey FOREIGN KEY (resolved_by) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: comments comments_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.comments
    ADD CONSTRAINT comments_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: counters counters_column_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.counters
    ADD CONSTRAINT counters_column_id_fkey FOREIGN KEY (column_id) REFERENCES tablo_upgrade_fixture.columns(id) ON DELETE CASCADE;


--
-- Name: files files_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.files
    ADD CONSTRAINT files_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: files files_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.files
    ADD CONSTRAINT files_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id);


--
-- Name: forms forms_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.forms
    ADD CONSTRAINT forms_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: forms forms_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.forms
    ADD CONSTRAINT forms_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: forms forms_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.forms
    ADD CONSTRAINT forms_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: invitations invitations_accepted_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.invitations
    ADD CONSTRAINT invitations_accepted_by_fkey FOREIGN KEY (accepted_by) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: invitations invitations_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.invitations
    ADD CONSTRAINT invitations_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: invitations invitations_invited_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.invitations
    ADD CONSTRAINT invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: notification_settings notification_settings_user_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.notification_settings
    ADD CONSTRAINT notification_settings_user_id_fkey FOREIGN KEY (user_id) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE CASCADE;


--
-- Name: notifications notifications_actor_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.notifications
    ADD CONSTRAINT notifications_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: notifications notifications_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.notifications
    ADD CONSTRAINT notifications_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: notifications notifications_user_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.notifications
    ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE CASCADE;


--
-- Name: retired_columns retired_columns_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.retired_columns
    ADD CONSTRAINT retired_columns_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: row_changes row_changes_action_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.row_changes
    ADD CONSTRAINT row_changes_action_id_fkey FOREIGN KEY (action_id) REFERENCES tablo_upgrade_fixture.actions(id) ON DELETE CASCADE;


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE CASCADE;


--
-- Name: share_links share_links_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.share_links
    ADD CONSTRAINT share_links_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: share_links share_links_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.share_links
    ADD CONSTRAINT share_links_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- Name: share_links share_links_view_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.share_links
    ADD CONSTRAINT share_links_view_id_fkey FOREIGN KEY (view_id) REFERENCES tablo_upgrade_fixture.views(id) ON DELETE CASCADE;


--
-- Name: table_permissions table_permissions_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.table_permissions
    ADD CONSTRAINT table_permissions_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: table_permissions table_permissions_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.table_permissions
    ADD CONSTRAINT table_permissions_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: tables tables_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.tables
    ADD CONSTRAINT tables_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: views views_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.views
    ADD CONSTRAINT views_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id);


--
-- Name: views views_private_to_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.views
    ADD CONSTRAINT views_private_to_fkey FOREIGN KEY (private_to) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE CASCADE;


--
-- Name: views views_table_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.views
    ADD CONSTRAINT views_table_id_fkey FOREIGN KEY (table_id) REFERENCES tablo_upgrade_fixture.tables(id) ON DELETE CASCADE;


--
-- Name: webhook_deliveries webhook_deliveries_webhook_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_webhook_id_fkey FOREIGN KEY (webhook_id) REFERENCES tablo_upgrade_fixture.webhooks(id) ON DELETE CASCADE;


--
-- Name: webhooks webhooks_base_id_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.webhooks
    ADD CONSTRAINT webhooks_base_id_fkey FOREIGN KEY (base_id) REFERENCES tablo_upgrade_fixture.bases(id) ON DELETE CASCADE;


--
-- Name: webhooks webhooks_created_by_fkey; Type: FK CONSTRAINT; Schema: tablo_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY tablo_upgrade_fixture.webhooks
    ADD CONSTRAINT webhooks_created_by_fkey FOREIGN KEY (created_by) REFERENCES tablo_upgrade_fixture.users(id) ON DELETE SET NULL;


--
-- PostgreSQL database dump complete
--


