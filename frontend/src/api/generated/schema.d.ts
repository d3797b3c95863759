// generated — do not edit.
// Source: ../openapi.yaml; regenerate with: npm run api:generate

export interface paths {
    "/api/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activities, newest first. At one company (companyId) every partner's, with other partners' confidential summaries left out; otherwise a partner lists only its own, and another partner's id in partnerId is refused with 403 (roles: admin, staff, partner) */
        get: operations["listActivities"];
        put?: never;
        /** Record an activity; with programmeId and stageId it credits that funnel stage (roles: admin, staff, partner) */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one activity (roles: admin, staff, partner) */
        get: operations["getActivity"];
        /** Change an activity of one's own partner; requires If-Match (roles: admin, staff, partner) */
        put: operations["updateActivity"];
        post?: never;
        /** Remove an activity of one's own partner; its stage credit is withdrawn, not erased (roles: admin, staff, partner) */
        delete: operations["deleteActivity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/activities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as a CSV or Excel file: every match (at most 50000, else 400 EXPORT_TOO_LARGE), newest first, with the names of partner, company, programme and stage; headers and words in the language of Accept-Language. The same rules as the list (roles: admin, staff, partner) */
        get: operations["exportActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ambassadors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ambassadors, newest term first; current=true for today's, false for past and future (roles: admin, staff, partner) */
        get: operations["listAmbassadors"];
        put?: never;
        /** Appoint a contact person ambassador of a programme for a term (roles: admin, staff) */
        post: operations["appointAmbassador"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ambassadors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a term, e.g. end it; requires If-Match (roles: admin, staff) */
        put: operations["updateAmbassador"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail, newest first: who changed what, with the values before and after, filtered by record, company, actor, partner, operation and period (roles: admin) */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit trail as CSV (semicolons, UTF-8 with BOM), one line per changed field (roles: admin) */
        get: operations["exportAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search companies: q matches names fuzzily, a KvK number or a postcode; filters narrow down (roles: admin, staff, partner) */
        get: operations["listCompanies"];
        put?: never;
        /** Add a company; 409 with a link when its KvK number (and branch) is known (roles: admin, staff, partner) */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company's stage in every programme, with when it entered each stage (roles: admin, staff, partner) */
        get: operations["getCompanyFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{companyId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything that happened with the company across all partners, newest first (roles: admin, staff, partner) */
        get: operations["getCompanyTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one company; a merged record names its survivor in mergedIntoId (roles: admin, staff, partner) */
        get: operations["getCompany"];
        /** Change a company's business data; requires If-Match (roles: admin, staff, partner) */
        put: operations["updateCompany"];
        post?: never;
        /** Remove a company that has no history (roles: admin) */
        delete: operations["deleteCompany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/likely-duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Companies that look like this one (roles: admin, staff) */
        get: operations["listLikelyDuplicatesOfCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fold a duplicate into this company: contacts, activities, referrals and stage records move here (roles: admin, staff) */
        post: operations["mergeCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as a CSV or Excel file: every match (at most 50000, else 400 EXPORT_TOO_LARGE), in the order of the list, headers and words in the language of Accept-Language (roles: admin, staff, partner) */
        get: operations["exportCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/likely-duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pairs of companies at one postcode with look-alike names (roles: admin, staff) */
        get: operations["listLikelyDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contact persons the caller may see; partners only at companies they work with (roles: admin, staff, partner) */
        get: operations["listContacts"];
        put?: never;
        /** Add a contact person at a company, with their consent (roles: admin, staff, partner) */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one contact person; 404 outside the caller's scope (roles: admin, staff, partner) */
        get: operations["getContact"];
        /** Change a contact person; requires If-Match (roles: admin, staff, partner) */
        put: operations["updateContact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person: personal values go everywhere, the facts reports count stay; audited (roles: admin) */
        post: operations["eraseContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about one person, as JSON; audited (roles: admin) */
        get: operations["exportContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events in time order; from/to select a period. The door role (checkin) reaches only the events around now (aanjager.door.*) (roles: admin, staff, partner, checkin) */
        get: operations["listEvents"];
        put?: never;
        /** Plan an event (as a draft); a partner always organises its own (roles: admin, staff, partner) */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{eventId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live counts: registered, checked in, walk-ins, failed scans (roles: admin, staff, checkin) */
        get: operations["getAttendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{eventId}/check-in-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything a phone needs to check people in offline: attendees and the event's ticket key (roles: admin, staff, checkin) */
        get: operations["getCheckInList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{eventId}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The check-in history: every scan, who, when, which device (roles: admin, staff, checkin) */
        get: operations["listCheckIns"];
        put?: never;
        /** Check in a scanned ticket or a registration picked by name. The answer is the same result the batch gives per scan: its outcome says who got in (CHECKED_IN, ALREADY_CHECKED_IN) or why not (WRONG_EVENT, CANCELLED, WAITLISTED, NOT_OPEN, UNKNOWN_TICKET); a refusal at the door is an answer, not an error (roles: admin, staff, checkin) */
        post: operations["checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{eventId}/check-ins/{registrationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Undo a check-in made by mistake, within 15 minutes; audited (roles: admin, staff, checkin) */
        delete: operations["undoCheckIn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{eventId}/check-ins/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply scans a phone queued offline, each once (by clientId); conflicts and refusals come back per scan (roles: admin, staff, checkin) */
        post: operations["checkInBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{eventId}/walk-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit someone who did not register: company (when new), contact and check-in in one call (roles: admin, staff, checkin) */
        post: operations["admitWalkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one event; the door role only around the event (roles: admin, staff, partner, checkin) */
        get: operations["getEvent"];
        /** Change an event one manages (a partner: one it organises); requires If-Match (roles: admin, staff, partner) */
        put: operations["updateEvent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an event; a partner only one it organises (roles: admin, staff, partner) */
        post: operations["cancelEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an event after it took place (a partner: one it organises): registrations not checked in become no-shows (roles: admin, staff, partner) */
        post: operations["closeEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/invitation/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller's partner accepts the invitation to organise the event: it then manages it, sees who registered and is credited for attendance; 409 without an open invitation (roles: partner) */
        post: operations["acceptOrganiserInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/invitation/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller's partner declines the invitation to organise the event; 409 without an open invitation (roles: partner) */
        post: operations["declineOrganiserInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft (a partner: one it organises): registration opens (roles: admin, staff, partner) */
        post: operations["publishEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who registered, in order (a partner: at events it organises); names where the caller may see them (roles: admin, staff, partner) */
        get: operations["listRegistrations"];
        put?: never;
        /** Register a contact person: a place, or the waitlist when the event is full (roles: admin, staff, partner) */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/{registrationId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a registration; the first on the waitlist gets the place (roles: admin, staff, partner) */
        post: operations["cancelRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/registrations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who registered, as a CSV or Excel file (at most 50000), in order; names where the caller may see them, never tickets; headers and words in the language of Accept-Language (roles: admin, staff, partner) */
        get: operations["exportRegistrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports, newest first: a partner's own, every import for staff (roles: admin, staff, partner) */
        get: operations["listImports"];
        put?: never;
        /** Upload companies, contact persons or activities as CSV, .xlsx or JSON: every row is checked and the job previews what it would do, changing nothing until confirmed (roles: admin, staff, partner) */
        post: operations["uploadImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: its preview, and once confirmed how far it is (poll while QUEUED or RUNNING) (roles: admin, staff, partner) */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply a previewed import; 409 while rows are rejected unless validRowsOnly is true. It runs in the background: poll the job (roles: admin, staff, partner) */
        post: operations["confirmImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/rejected-rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows as CSV, as the file had them plus an error column in the language of Accept-Language (nl or en; Dutch otherwise): fix them and upload this file again (roles: admin, staff, partner) */
        get: operations["downloadRejectedImportRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: name, roles and partner (any signed-in user) */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcomes of a company or a programme, newest first; across a programme a partner lists only its own (roles: admin, staff, partner) */
        get: operations["listOutcomes"];
        put?: never;
        /** Record what the support led to: jobs, investment, a measure taken (roles: admin, staff, partner) */
        post: operations["recordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search partner organisations (roles: admin, staff, partner) */
        get: operations["listPartners"];
        put?: never;
        /** Add a partner organisation (roles: admin, staff) */
        post: operations["createPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one partner organisation; ETag carries its version (roles: admin, staff, partner) */
        get: operations["getPartner"];
        /** Change a partner organisation; requires If-Match (roles: admin, staff) */
        put: operations["updatePartner"];
        post?: never;
        /** Remove a partner organisation that nothing refers to (roles: admin) */
        delete: operations["deletePartner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search programmes (roles: admin, staff, partner) */
        get: operations["listProgrammes"];
        put?: never;
        /** Start a programme with the default funnel inspired → informed → activated (roles: admin, staff) */
        post: operations["createProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one programme; ETag carries its version (roles: admin, staff, partner) */
        get: operations["getProgramme"];
        /** Change a programme; requires If-Match (roles: admin, staff) */
        put: operations["updateProgramme"];
        post?: never;
        /** Remove a programme with its stages and targets (roles: admin) */
        delete: operations["deleteProgramme"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's funnel stages, first stage first (roles: admin, staff, partner) */
        get: operations["listStages"];
        put?: never;
        /** Add a stage at the end of the funnel (roles: admin) */
        post: operations["addStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/stages/{stageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one funnel stage (roles: admin, staff, partner) */
        get: operations["getStage"];
        /** Rename a stage or change its code; requires If-Match (roles: admin) */
        put: operations["updateStage"];
        post?: never;
        /** Remove a stage nothing refers to (roles: admin) */
        delete: operations["deleteStage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/stages/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put the stages in a new order (roles: admin) */
        put: operations["reorderStages"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme's targets, earliest deadline first (roles: admin, staff, partner) */
        get: operations["listTargets"];
        put?: never;
        /** Set a target: N distinct companies reach a stage by a date (roles: admin, staff) */
        post: operations["addTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programmes/{programmeId}/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one target (roles: admin, staff, partner) */
        get: operations["getTarget"];
        /** Change a target; requires If-Match (roles: admin, staff) */
        put: operations["updateTarget"];
        post?: never;
        /** Remove a target (roles: admin, staff) */
        delete: operations["deleteTarget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published events that have not ended (no login) */
        get: operations["listPublicEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published event (no login) */
        get: operations["getPublicEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/events/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register for an event without an account. Every accepted registration gets the same 202, new or not: the mail tells the person their ticket or waitlist place; 429 with Retry-After when one address sends too many (no login) */
        post: operations["registerPublicly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/registrations/{cancelCode}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel with the secret of the cancel link in the ticket mail; this code is not the ticket's token, so whoever sees a ticket cannot cancel it (no login) */
        post: operations["cancelPublicRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's inbox (referred to it), outbox (sent by it) or both (roles: admin, staff, partner) */
        get: operations["listReferrals"];
        put?: never;
        /** Refer a company to another partner, with a reason (roles: admin, staff, partner) */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a referral one's partner sent or received (roles: admin, staff, partner) */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving partner takes the company on (roles: admin, staff, partner) */
        post: operations["acceptReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving partner marks an accepted referral done (roles: admin, staff, partner) */
        post: operations["completeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving partner declines, with a note (roles: admin, staff, partner) */
        post: operations["declineReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered list as a CSV or Excel file: every match (at most 50000, else 400 EXPORT_TOO_LARGE), in the order of the list, with the partners' names; headers and words in the language of Accept-Language. The same rules as the list (roles: admin, staff, partner) */
        get: operations["exportReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The funnel split by theme, partner, district, sector or sizeClass (roles: admin, staff, partner) */
        get: operations["breakdownReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per event: registrations, attendance rate, walk-ins, no-shows, new companies (roles: admin, staff, partner) */
        get: operations["eventsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distinct companies per stage, conversion and median days between stages (roles: admin, staff, partner) */
        get: operations["funnelReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs raised: distinct companies per need, by sector and size class (roles: admin, staff, partner) */
        get: operations["needsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outcome indicators summed in total and per partner (roles: admin, staff, partner) */
        get: operations["outcomesReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per partner: companies credited per stage, activities, referrals and how fast they are accepted (roles: admin, staff, partner) */
        get: operations["partnersReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each target now, per month, and the date it is met at the current pace (roles: admin, staff, partner) */
        get: operations["progressReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The retention rule in force, its last runs and what a run now would do (a dry run) (roles: admin) */
        get: operations["getRetention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/retention/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs the retention rule now and answers what it did; 409 while another run is busy (roles: admin) */
        post: operations["runRetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sbi-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SBI 2008 code list with Dutch and English titles; cacheable for a day, 304 when If-None-Match names the current ETag (roles: admin, staff, partner) */
        get: operations["listSbiCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stage-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stage records, newest first; withdrawn ones on request. At one company (companyId) every partner's; across a programme a partner lists only its own credits (roles: admin, staff, partner) */
        get: operations["listStageRecords"];
        put?: never;
        /** Record by hand that a company reached a stage: staff and admins for any partner; a partner only for itself and only with a source it owns (its activity, its event's attendance), else 403 (roles: admin, staff, partner) */
        post: operations["recordStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stage-records/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a record made in error, with a reason; it stays visible as withdrawn; a partner only its own credits (roles: admin, staff, partner) */
        post: operations["withdrawStageRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partner's own webhook subscriptions, newest first; admins see all (roles: admin, partner) */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /** Subscribe an https endpoint to event types; the answer holds the signing secret, shown only this once (roles: admin, partner) */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one's own webhook subscription, with why it was disabled if it was (roles: admin, partner) */
        get: operations["getWebhookSubscription"];
        /** Change URL, event types, description or enabled; requires If-Match (roles: admin, partner) */
        put: operations["updateWebhookSubscription"];
        post?: never;
        /** Stop a subscription and forget its deliveries (roles: admin, partner) */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of a subscription, newest first, each with its attempts (roles: admin, partner) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now, with the same webhook-id (roles: admin, partner) */
        post: operations["resendWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/pings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event (webhook.ping) to the endpoint; its delivery shows in the log (roles: admin, partner) */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the previous one keeps signing for 24 hours (roles: admin, partner) */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event types a subscription can ask for (roles: admin, partner) */
        get: operations["listWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Activity: {
            /** Format: int64 */
            companyId: number;
            /** @description The company's name, so a list across companies reads as names */
            companyName?: string;
            confidential: boolean;
            /**
             * Format: int64
             * @description Only when the caller may see the person
             */
            contactId?: number;
            /** @description Only when the caller may see the person */
            contactName?: string;
            createdAt: components["schemas"]["OffsetDateTime"];
            createdBy: string;
            /** Format: int64 */
            id: number;
            needs: components["schemas"]["Need"][];
            occurredOn: components["schemas"]["LocalDate"];
            /** Format: int64 */
            partnerId: number;
            /** Format: int64 */
            programmeId?: number;
            /** Format: int64 */
            stageId?: number;
            /** @description Absent when confidential and held by another partner */
            summary?: string;
            themes: components["schemas"]["Theme"][];
            type: components["schemas"]["ActivityType"];
            /** Format: int64 */
            version: number;
        };
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        ActivityRequest: {
            /** Format: int64 */
            companyId: number;
            confidential?: boolean;
            /**
             * Format: int64
             * @description A person at the company whom the caller may see
             */
            contactId?: number;
            needs?: components["schemas"]["Need"][];
            occurredOn: components["schemas"]["LocalDate"];
            /**
             * Format: int64
             * @description The partner that held it; partner callers may leave it out (their own)
             */
            partnerId?: number;
            /**
             * Format: int64
             * @description With stageId: the funnel stage this activity credits
             */
            programmeId?: number;
            /** Format: int64 */
            stageId?: number;
            summary?: string;
            themes?: components["schemas"]["Theme"][];
            type: components["schemas"]["ActivityType"];
        };
        /** @enum {string} */
        ActivityType: "ADVICE_SESSION" | "COMPANY_VISIT" | "RESEARCH_INTERVIEW" | "WORKSHOP" | "PHONE_CALL";
        Ambassador: {
            /** Format: int64 */
            companyId: number;
            companyName?: string;
            /** Format: int64 */
            contactId: number;
            /** @description Only when the caller may see the person's data */
            contactName?: string;
            /** @description Appointed today */
            current: boolean;
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            programmeId: number;
            termEnd?: components["schemas"]["LocalDate"];
            termStart: components["schemas"]["LocalDate"];
            /** Format: int64 */
            version: number;
        };
        AmbassadorRequest: {
            /** Format: int64 */
            contactId: number;
            /** Format: int64 */
            programmeId: number;
            termEnd?: components["schemas"]["LocalDate"];
            termStart: components["schemas"]["LocalDate"];
        };
        /** @description Live counts of one event */
        Attendance: {
            /** Format: int64 */
            cancelled: number;
            /** Format: int32 */
            capacity?: number;
            /** Format: int64 */
            checkedIn: number;
            /** Format: int64 */
            failedScans: number;
            /** Format: int64 */
            noShows: number;
            /**
             * Format: int64
             * @description Holding a place and not (yet) checked in
             */
            registered: number;
            /** Format: int64 */
            waitlisted: number;
            /** Format: int64 */
            walkIns: number;
        };
        AuditEntry: {
            /** @description What happened, e.g. company.updated */
            action: string;
            /** @description The user or API client that made the change, or for work nobody asked for a system actor: system, system/demo, system/public, system/retention */
            actor: string;
            /** @description The actor as people read them (their name when they acted); absent for system actors and for entries written before names were kept */
            actorName?: string;
            /** Format: int64 */
            actorPartnerId?: number;
            actorPartnerName?: string;
            at: components["schemas"]["OffsetDateTime"];
            changes: components["schemas"]["AuditFieldChange"][];
            /** Format: int64 */
            companyId?: number;
            companyName?: string;
            detail?: string;
            /** Format: int64 */
            entityId: number;
            entityType: string;
            /** Format: int64 */
            id: number;
            /** @description When the personal values were masked because the person was erased */
            maskedAt?: components["schemas"]["OffsetDateTime"];
            /** @description Names of the records the changes' ids refer to (contactId, eventId, mergedIntoId); an id without a name here is of a person erased or not visible to the caller, or of a record that no longer exists */
            names: components["schemas"]["AuditReferenceName"][];
        };
        /** @description One field a write changed, its values as text */
        AuditFieldChange: {
            /** @description Absent when the field has no value after */
            after?: string;
            /** @description Absent when the field had no value before */
            before?: string;
            field: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description The name of a record a change's value refers to by id */
        AuditReferenceName: {
            /** @description The field whose value is the id, e.g. contactId */
            field: string;
            /** Format: int64 */
            id: number;
            /** @description A person's name, an event's title, a company's name */
            name: string;
        };
        BreakdownReport: {
            /** @enum {string} */
            by: "theme" | "partner" | "district" | "sector" | "sizeClass";
            /** Format: int64 */
            programmeId: number;
            rows: components["schemas"]["BreakdownReportRow"][];
        };
        BreakdownReportRow: {
            /** Format: int64 */
            companies: number;
            /** @description The value: theme, partner id, district, SBI division or size class */
            key: string;
            /** Format: int32 */
            position: number;
            /** Format: int64 */
            stageId: number;
        };
        CheckInAttempt: {
            at: components["schemas"]["OffsetDateTime"];
            /** @description User name of the account that scanned; people see the device */
            byUser: string;
            companyName?: string;
            device?: string;
            /** Format: int64 */
            id: number;
            /** @description The person of the registration (empty once erased) */
            name?: string;
            outcome: components["schemas"]["CheckInOutcome"];
            /** Format: int64 */
            registrationId?: number;
        };
        CheckInAttendee: {
            checkedInAt?: components["schemas"]["OffsetDateTime"];
            companyName?: string;
            /** @description SHA-256 (base64url) of the AJ1 ticket this registration had before tickets were signed with Ed25519: a phone admits such a ticket offline when the digest of what it scans is here */
            legacyTicketDigest: string;
            name?: string;
            /** Format: int64 */
            registrationId: number;
            status: components["schemas"]["RegistrationStatus"];
        };
        /** @description What a phone keeps to check people in while offline */
        CheckInList: {
            attendees: components["schemas"]["CheckInAttendee"][];
            /** Format: int64 */
            eventId: number;
            generatedAt: components["schemas"]["OffsetDateTime"];
            /** @description Ed25519 public key (32 bytes, base64url) that verifies AJ2 tickets; it cannot sign one, so a door phone cannot make tickets */
            ticketPublicKey: string;
            title: string;
        };
        /** @enum {string} */
        CheckInOutcome: "CHECKED_IN" | "ALREADY_CHECKED_IN" | "CONFLICT" | "WRONG_EVENT" | "CANCELLED" | "WAITLISTED" | "NOT_OPEN" | "UNKNOWN_TICKET" | "UNDONE";
        CheckInResult: {
            checkedInAt?: components["schemas"]["OffsetDateTime"];
            checkedInBy?: string;
            clientId?: string;
            companyName?: string;
            /** @description For a refusal: what is wrong, in words */
            detail?: string;
            device?: string;
            name?: string;
            outcome: components["schemas"]["CheckInOutcome"];
            /** Format: int64 */
            registrationId?: number;
        };
        Company: {
            branchNumber?: string;
            city?: string;
            createdAt: components["schemas"]["OffsetDateTime"];
            district?: string;
            /** Format: int32 */
            employees?: number;
            houseNumber?: string;
            /** Format: int64 */
            id: number;
            /** @description Absent for a company that registered on a public page without it */
            kvkNumber?: string;
            /**
             * Format: int64
             * @description Set when this record was merged into another company
             */
            mergedIntoId?: number;
            name: string;
            postcode?: string;
            sbiCode?: string;
            sizeClass?: components["schemas"]["SizeClass"];
            street?: string;
            tags: string[];
            /** Format: int64 */
            version: number;
            website?: string;
        };
        CompanyPage: {
            items: components["schemas"]["Company"][];
            /** @description Pass as after for the next page in name order; absent on the last page */
            nextCursor?: string;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /**
             * Format: int64
             * @description Matches; the planner's estimate when totalExact is false
             */
            total: number;
            /** @description False for the unfiltered list of a large register */
            totalExact: boolean;
        };
        CompanyRequest: {
            branchNumber?: string;
            city?: string;
            district?: string;
            /** Format: int32 */
            employees?: number;
            houseNumber?: string;
            kvkNumber: string;
            name: string;
            postcode?: string;
            /** @description SBI 2008 code with dots, such as 62 or 62.01: a code of GET /api/sbi-codes or the division, group or class above one */
            sbiCode?: string;
            sizeClass?: components["schemas"]["SizeClass"];
            street?: string;
            tags?: string[];
            website?: string;
        };
        Contact: {
            /** Format: int64 */
            companyId: number;
            consentGivenAt?: components["schemas"]["OffsetDateTime"];
            consentPurpose?: string;
            consentSource?: string;
            createdAt: components["schemas"]["OffsetDateTime"];
            email?: string;
            erased: boolean;
            /** Format: int64 */
            id: number;
            jobTitle?: string;
            name?: string;
            phone?: string;
            /** @description Partners the person consented to be shared with */
            sharedWithPartnerIds: number[];
            /** Format: int64 */
            version: number;
        };
        /** @description Everything held about one person (GDPR access request) */
        ContactExport: {
            contact: components["schemas"]["Contact"];
            exportedAt: components["schemas"]["OffsetDateTime"];
            /** @description Per feature, the records that involve this person */
            related: {
                [key: string]: unknown[];
            };
        };
        ContactPage: {
            items: components["schemas"]["Contact"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        ContactRequest: {
            /** Format: int64 */
            companyId: number;
            consentGivenAt?: components["schemas"]["OffsetDateTime"];
            /** @description What the person consented to, e.g. 'newsletter and event invitations' */
            consentPurpose?: string;
            /** @description Where consent was given, e.g. 'registration form', 'verbal, advice session' */
            consentSource?: string;
            email?: string;
            jobTitle?: string;
            name: string;
            phone?: string;
            /** @description Partners the person consented to be shared with: they see the person too. Needs consentPurpose and consentSource; replaced as a whole on update */
            sharedWithPartnerIds?: number[];
        };
        Event: {
            /** Format: int32 */
            capacity?: number;
            description?: string;
            endsAt: components["schemas"]["OffsetDateTime"];
            /** Format: int64 */
            id: number;
            /** @description Partners invited to organise that have not accepted yet */
            invitedOrganiserIds: number[];
            /** @description The invited partners by name, in the order of invitedOrganiserIds */
            invitedOrganisers: components["schemas"]["EventOrganiser"][];
            onlineUrl?: string;
            /** @description Partners that organise the event (accepted) */
            organiserIds: number[];
            /** @description The organising partners by name, in the order of organiserIds */
            organisers: components["schemas"]["EventOrganiser"][];
            /** Format: int64 */
            programmeId: number;
            /** @description The name of the programme (programmeId) */
            programmeName: string;
            /** @description The code of the funnel stage attendance credits (stageId), e.g. inspired */
            stageCode?: string;
            /** Format: int64 */
            stageId?: number;
            /** @description The name of that stage */
            stageName?: string;
            startsAt: components["schemas"]["OffsetDateTime"];
            status: components["schemas"]["EventStatus"];
            themes: components["schemas"]["Theme"][];
            title: string;
            type: components["schemas"]["EventType"];
            venue?: string;
            /** Format: int64 */
            version: number;
        };
        /** @description A partner that organises an event, or is invited to, by name */
        EventOrganiser: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        EventPage: {
            items: components["schemas"]["Event"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        EventRequest: {
            /** Format: int32 */
            capacity?: number;
            description?: string;
            endsAt: components["schemas"]["OffsetDateTime"];
            onlineUrl?: string;
            /** @description Organising partners. A partner caller's own partner is always one; other partners it names are invited and organise once they accept. Staff and admins name organisers directly */
            organiserIds?: number[];
            /** Format: int64 */
            programmeId: number;
            /**
             * Format: int64
             * @description The funnel stage of the programme that attendance credits
             */
            stageId?: number;
            startsAt: components["schemas"]["OffsetDateTime"];
            themes?: components["schemas"]["Theme"][];
            title: string;
            type: components["schemas"]["EventType"];
            venue?: string;
        };
        EventsReport: {
            events: components["schemas"]["EventsReportRow"][];
            total: components["schemas"]["EventsReportRow"];
        };
        EventsReportRow: {
            /**
             * Format: double
             * @description Registered people who came, 0..1
             */
            attendanceRate?: number;
            /**
             * Format: int64
             * @description Checked in, walk-ins included
             */
            attended: number;
            /** Format: int64 */
            eventId?: number;
            /**
             * Format: int64
             * @description Companies that came and had no earlier contact with the programme
             */
            newCompanies: number;
            /** Format: int64 */
            noShows: number;
            /**
             * Format: int64
             * @description Registrations not cancelled, walk-ins excluded
             */
            registrations: number;
            startsAt?: components["schemas"]["OffsetDateTime"];
            title: string;
            /** Format: int64 */
            walkIns: number;
        };
        /** @enum {string} */
        EventStatus: "DRAFT" | "PUBLISHED" | "CLOSED" | "CANCELLED";
        /** @enum {string} */
        EventType: "INSPIRATION_SESSION" | "WORKSHOP" | "MASTERCLASS" | "NETWORK_EVENT" | "WEBINAR";
        FieldError: {
            code: components["schemas"]["FieldErrorCode"];
            /** @description The request's field (JSON path) or parameter */
            field?: string;
            /** @description English reason, for developers */
            message?: string;
            /** @description Values that go with the code, e.g. max for TOO_LONG */
            params?: {
                [key: string]: string;
            };
        };
        /**
         * @description Stable reason of a field error; the SPA words it in the user's language
         * @enum {string}
         */
        FieldErrorCode: "REQUIRED" | "TOO_LONG" | "TOO_SHORT" | "TOO_SMALL" | "TOO_LARGE" | "FORMAT" | "EMAIL" | "IN_FUTURE" | "MUST_ACCEPT" | "UNKNOWN_VALUE" | "UNKNOWN_FIELD" | "WRONG_TYPE" | "NOT_FOUND" | "BEFORE_OTHER" | "NEEDS_OTHER" | "ONE_OF" | "MUST_DIFFER" | "OWN_PARTNER_ONLY" | "CANNOT_CHANGE" | "MERGED" | "ERASED" | "DOES_NOT_BELONG" | "CONSENT_REQUIRED" | "MISMATCH" | "NOT_ALLOWED" | "DUPLICATE_ROW" | "FILE_MISSING" | "FILE_TYPE" | "FILE_UNREADABLE" | "FILE_NOT_UTF8" | "FILE_BINARY" | "FILE_EMPTY" | "FILE_NO_SHEET" | "FILE_NOT_JSON_ARRAY" | "FILE_ITEM_NOT_OBJECT" | "FILE_NESTED" | "FILE_TOO_MANY_COLUMNS" | "FILE_TOO_MANY_ROWS" | "FILE_CELL_TOO_LONG" | "FILE_MISSING_COLUMNS" | "MAPPING_UNKNOWN_COLUMN" | "MAPPING_UNKNOWN_FIELD" | "MAPPING_DUPLICATE" | "MAPPING_NOT_OBJECT" | "INVALID";
        FunnelReport: {
            /** Format: int64 */
            programmeId: number;
            stages: components["schemas"]["FunnelReportStage"][];
        };
        FunnelReportStage: {
            code: string;
            /**
             * Format: int64
             * @description Distinct companies that entered this stage (in the period)
             */
            companies: number;
            /**
             * Format: double
             * @description Share of the previous stage's companies, 0..1
             */
            conversion?: number;
            /**
             * Format: double
             * @description Median days from entering the previous stage to entering this one
             */
            medianDaysFromPrevious?: number;
            name: string;
            /** Format: int32 */
            position: number;
            /** Format: int64 */
            stageId: number;
        };
        /** @description One stage of a programme as this company went through it */
        FunnelStagePosition: {
            code: string;
            /**
             * Format: double
             * @description Days in this stage before first entering the next one
             */
            daysBeforeNext?: number;
            /** @description When the company first entered this stage */
            firstEnteredAt?: components["schemas"]["OffsetDateTime"];
            name: string;
            /** Format: int32 */
            position: number;
            /** @description Reached directly or by reaching a later stage */
            reached: boolean;
            /** @description First entered by reaching a later stage (it was passed on the way); a record at this stage itself, if any, is of a later date */
            reachedViaLaterStage: boolean;
            /** Format: int64 */
            stageId: number;
        };
        /** @description A column of the file and the field it is read as */
        ImportColumn: {
            /** @description Absent: the column was not recognised and is not read */
            field?: string;
            header: string;
        };
        ImportConfirmation: {
            /** @description Apply the valid rows and leave the rejected ones out; by default nothing is applied while any row is rejected */
            validRowsOnly?: boolean;
        };
        ImportCounts: {
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            rejected: number;
            /**
             * Format: int32
             * @description Rows that match the record as it is: nothing to change
             */
            unchanged: number;
            /** Format: int32 */
            updated: number;
        };
        /** @enum {string} */
        ImportFormat: "CSV" | "XLSX" | "JSON";
        ImportJob: {
            columns: components["schemas"]["ImportColumn"][];
            confirmedAt?: components["schemas"]["OffsetDateTime"];
            createdAt: components["schemas"]["OffsetDateTime"];
            /** @description Why the job failed */
            failure?: string;
            fileName: string;
            finishedAt?: components["schemas"]["OffsetDateTime"];
            format: components["schemas"]["ImportFormat"];
            /** Format: int64 */
            id: number;
            kind: components["schemas"]["ImportKind"];
            /**
             * Format: int64
             * @description The partner the import was made for
             */
            partnerId?: number;
            partnerName?: string;
            /** @description What confirming would do, as previewed */
            preview: components["schemas"]["ImportCounts"];
            /** @description The first rejected rows (all of them: rejected-rows.csv) */
            rejections: components["schemas"]["ImportRejection"][];
            /** @description What was done so far */
            result: components["schemas"]["ImportCounts"];
            /**
             * Format: int32
             * @description Rows applied so far of rowsToApply
             */
            rowsDone: number;
            /** Format: int32 */
            rowsToApply: number;
            startedAt?: components["schemas"]["OffsetDateTime"];
            state: components["schemas"]["ImportState"];
            /** Format: int32 */
            totalRows: number;
            validRowsOnly: boolean;
            /** Format: int64 */
            version: number;
        };
        ImportJobPage: {
            items: components["schemas"]["ImportJob"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @enum {string} */
        ImportKind: "COMPANIES" | "CONTACTS" | "ACTIVITIES";
        /** @description A row that is not imported, and why, coded as the API codes a field error (code and params, which a client words for people), with an English reason */
        ImportRejection: {
            /** @description Why, as a stable code; INVALID for rows rejected before rejections had codes */
            code: components["schemas"]["FieldErrorCode"];
            /** @description The file's header of the column at fault */
            column?: string;
            /** @description The field at fault; absent when the whole row is */
            field?: string;
            /** @description Values that go with the code, e.g. row for DUPLICATE_ROW, format for FORMAT, values (and dutchValues) for UNKNOWN_VALUE */
            params: {
                [key: string]: string;
            };
            /** @description English reason, for partner systems and developers */
            reason: string;
            /**
             * Format: int32
             * @description As a spreadsheet numbers it: the header is row 1
             */
            row: number;
        };
        /** @enum {string} */
        ImportState: "PREVIEWED" | "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
        /** @description A file to import, as multipart/form-data */
        ImportUpload: {
            /**
             * Format: binary
             * @description CSV (comma or semicolon, UTF-8), Excel .xlsx (first sheet) or JSON (an array of objects); the first row names the columns, in Dutch or English
             */
            file: string;
            kind: components["schemas"]["ImportKind"];
            /** @description Optional JSON object from the file's column header to the field it holds, e.g. {"Nummer KvK": "kvkNumber", "Opmerking": null}; null or "" ignores a column. Columns not named here are recognised by their header */
            mapping?: string;
        };
        /** @enum {string} */
        Indicator: "JOBS_CREATED" | "JOBS_RETAINED" | "INVESTMENT_EUR" | "SUSTAINABILITY_MEASURE" | "DIGITAL_MEASURE";
        LikelyDuplicate: {
            company: components["schemas"]["Company"];
            duplicate: components["schemas"]["Company"];
            /**
             * Format: double
             * @description Name similarity, 0..1
             */
            similarity: number;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        /** @description The caller as the API sees them */
        Me: {
            email?: string;
            name?: string;
            /**
             * Format: int64
             * @description The partner organisation this caller acts for (partner role)
             */
            partnerId?: number;
            roles: string[];
            username: string;
        };
        /** @description The duplicate to fold into the company in the path */
        MergeRequest: {
            /** Format: int64 */
            duplicateId: number;
        };
        /** @enum {string} */
        Need: "FINANCING" | "STAFF_AND_SKILLS" | "DIGITALISATION" | "SUSTAINABILITY" | "CIRCULARITY" | "INTERNATIONAL_TRADE" | "REGULATION" | "PREMISES" | "NETWORK";
        NeedsReport: {
            rows: components["schemas"]["NeedsReportRow"][];
        };
        /** @description sector and sizeClass both empty: the need's total */
        NeedsReportRow: {
            /** Format: int64 */
            companies: number;
            need: components["schemas"]["Need"];
            /** @description SBI division (two digits) */
            sector?: string;
            sizeClass?: string;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T12:15:50-04:00
         */
        OffsetDateTime: string;
        Outcome: {
            /** Format: int64 */
            companyId: number;
            createdAt: components["schemas"]["OffsetDateTime"];
            createdBy: string;
            evidence?: string;
            /** Format: int64 */
            id: number;
            indicator: components["schemas"]["Indicator"];
            occurredOn: components["schemas"]["LocalDate"];
            /** Format: int64 */
            partnerId: number;
            /** Format: int64 */
            programmeId?: number;
            value: number;
        };
        OutcomeRequest: {
            /** Format: int64 */
            companyId: number;
            /** @description What shows it: a link, a document reference, a note */
            evidence?: string;
            indicator: components["schemas"]["Indicator"];
            occurredOn: components["schemas"]["LocalDate"];
            /**
             * Format: int64
             * @description Admin and staff name the partner; partner callers record for their own
             */
            partnerId?: number;
            /** Format: int64 */
            programmeId?: number;
            value: number;
        };
        OutcomesReport: {
            rows: components["schemas"]["OutcomesReportRow"][];
        };
        /** @description Without partnerId: the indicator's total */
        OutcomesReportRow: {
            /** Format: int64 */
            companies: number;
            indicator: components["schemas"]["Indicator"];
            /** Format: int64 */
            partnerId?: number;
            total: number;
        };
        Partner: {
            active: boolean;
            description?: string;
            email?: string;
            /** Format: int64 */
            id: number;
            kind: components["schemas"]["PartnerKind"];
            name: string;
            /**
             * Format: int64
             * @description Row version; also sent as ETag
             */
            version: number;
            website?: string;
        };
        PartnerContributionReport: {
            partners: components["schemas"]["PartnerContributionRow"][];
        };
        PartnerContributionRow: {
            /**
             * Format: double
             * @description Accepted (or done) among answered referrals received, 0..1
             */
            acceptanceRate?: number;
            /** Format: int64 */
            activities: number;
            /** @description Distinct companies credited per stage position (1 = first stage) */
            creditedByPosition: number[];
            /**
             * Format: double
             * @description Median hours from receiving a referral to accepting it
             */
            medianHoursToAccept?: number;
            name: string;
            /** Format: int64 */
            partnerId: number;
            /** Format: int64 */
            referralsReceived: number;
            /** Format: int64 */
            referralsSent: number;
        };
        /** @enum {string} */
        PartnerKind: "CHAMBER_OF_COMMERCE" | "INDUSTRY_ASSOCIATION" | "KNOWLEDGE_INSTITUTION" | "FINANCIAL_INSTITUTION" | "BUSINESS_NETWORK" | "GOVERNMENT" | "ADVISORY" | "OTHER";
        PartnerPage: {
            items: components["schemas"]["Partner"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PartnerRequest: {
            /** @default true */
            active: boolean;
            description?: string;
            email?: string;
            kind: components["schemas"]["PartnerKind"];
            name: string;
            website?: string;
        };
        /** @description RFC 9457 problem details (application/problem+json) */
        Problem: {
            /** @description Stable reason, finer than the type */
            code?: components["schemas"]["ProblemCode"];
            /** @description English explanation of this occurrence, for developers */
            detail?: string;
            /** @description Field errors, for validation problems */
            errors?: components["schemas"]["FieldError"][];
            /** @description For a conflict with an existing record: that record's URI */
            existing?: string;
            instance?: string;
            /** @description Values that go with the code, e.g. the name of the existing company */
            params?: {
                [key: string]: string;
            };
            /** Format: int32 */
            status?: number;
            title?: string;
            /**
             * @description Stable URI identifying the kind of problem
             * @example urn:aanjager:problem:validation
             */
            type?: string;
        };
        /**
         * @description Stable reason of a problem; the SPA words it in the user's language
         * @enum {string}
         */
        ProblemCode: "NOT_FOUND" | "COMPANY_EXISTS" | "COMPANY_MERGED" | "COMPANY_HAS_MERGED_RECORDS" | "PARTNER_EXISTS" | "PROGRAMME_EXISTS" | "STAGE_CODE_EXISTS" | "STAGE_IN_USE" | "REFERRAL_NOT_YOURS" | "REFERRAL_STATUS" | "EVENT_CLOSED" | "EVENT_STATUS" | "NO_INVITATION" | "REGISTRATION_CLOSED" | "ALREADY_REGISTERED" | "CANNOT_CANCEL" | "NOT_CHECKED_IN" | "UNDO_TOO_LATE" | "PERSON_ERASED" | "IMPORT_CONFIRMED" | "IMPORT_HAS_REJECTIONS" | "EXPORT_TOO_LARGE" | "RETENTION_BUSY" | "DELIVERY_BUSY" | "NO_PARTNER" | "IF_MATCH_REQUIRED" | "STALE" | "IDEMPOTENCY_KEY_REUSED" | "REQUEST_IN_PROGRESS" | "TOO_MANY_REQUESTS" | "DATABASE_UNAVAILABLE" | "INTERNAL";
        Programme: {
            description?: string;
            endDate?: components["schemas"]["LocalDate"];
            /** Format: int64 */
            id: number;
            name: string;
            startDate: components["schemas"]["LocalDate"];
            themes: components["schemas"]["Theme"][];
            /** Format: int64 */
            version: number;
        };
        ProgrammeFunnelPosition: {
            /**
             * Format: int64
             * @description The highest stage reached; absent when none
             */
            currentStageId?: number;
            /** Format: int64 */
            programmeId: number;
            programmeName: string;
            stages: components["schemas"]["FunnelStagePosition"][];
        };
        ProgrammePage: {
            items: components["schemas"]["Programme"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        ProgrammeRequest: {
            description?: string;
            endDate?: components["schemas"]["LocalDate"];
            name: string;
            startDate: components["schemas"]["LocalDate"];
            themes: components["schemas"]["Theme"][];
        };
        ProgressReport: {
            /** Format: int64 */
            programmeId: number;
            targets: components["schemas"]["ProgressReportTarget"][];
        };
        ProgressReportMonth: {
            added: number;
            cumulative: number;
            /** @example 2026-03 */
            month: string;
        };
        ProgressReportTarget: {
            current: number;
            deadline: components["schemas"]["LocalDate"];
            /** @description Or sums this outcome indicator */
            indicator?: components["schemas"]["Indicator"];
            monthly: components["schemas"]["ProgressReportMonth"][];
            name: string;
            /** @description Reached, or projected to be met by the deadline */
            onTrack: boolean;
            /** @description When the target is met at that pace; absent when reached, or not at this pace (no growth, or more than ten years away) */
            projectedDate?: components["schemas"]["LocalDate"];
            /** @description Increase per 30 days over the last 90 days */
            ratePer30Days: number;
            reached: boolean;
            /**
             * Format: int64
             * @description Counts distinct companies that entered this stage
             */
            stageId?: number;
            /** Format: int32 */
            targetCount: number;
            /** Format: int64 */
            targetId: number;
        };
        /** @description What anyone may know of a published event */
        PublicEvent: {
            description?: string;
            endsAt: components["schemas"]["OffsetDateTime"];
            /** @description Whether a new registration gets a place or the waitlist */
            full: boolean;
            /** Format: int64 */
            id: number;
            onlineUrl?: string;
            startsAt: components["schemas"]["OffsetDateTime"];
            title: string;
            type: components["schemas"]["EventType"];
            venue?: string;
        };
        /** @description The same for every accepted registration, new or not, so that nobody learns from it whether an address was registered: the mail tells the person */
        PublicRegistrationReceipt: {
            detail: string;
            /** @description Always RECEIVED */
            status: string;
        };
        PublicRegistrationRequest: {
            companyName: string;
            consent: boolean;
            email: string;
            kvkNumber?: string;
            name: string;
            /** @description Leave empty (a field people do not see) */
            website?: string;
        };
        Referral: {
            /** Format: int64 */
            companyId: number;
            companyName?: string;
            completedAt?: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int64
             * @description Only when the caller may see the person
             */
            contactId?: number;
            /** @description Only when the caller may see the person */
            contactName?: string;
            createdAt: components["schemas"]["OffsetDateTime"];
            createdBy: string;
            /** Format: int64 */
            fromPartnerId: number;
            /** Format: int64 */
            id: number;
            reason: string;
            respondedAt?: components["schemas"]["OffsetDateTime"];
            responseNote?: string;
            status: components["schemas"]["ReferralStatus"];
            /** Format: int64 */
            toPartnerId: number;
            /** Format: int64 */
            version: number;
        };
        ReferralPage: {
            items: components["schemas"]["Referral"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        ReferralRequest: {
            /** Format: int64 */
            companyId: number;
            /**
             * Format: int64
             * @description The person at the company to speak to, one the referring partner may see; the receiving partner then sees this person
             */
            contactId?: number;
            /**
             * Format: int64
             * @description Referring partner; partner callers may leave it out (their own)
             */
            fromPartnerId?: number;
            reason: string;
            /** Format: int64 */
            toPartnerId: number;
        };
        /** @description The receiver's answer or closing note */
        ReferralResponseRequest: {
            note?: string;
        };
        /** @enum {string} */
        ReferralStatus: "OPEN" | "ACCEPTED" | "DECLINED" | "DONE";
        Registration: {
            checkedInAt?: components["schemas"]["OffsetDateTime"];
            /** @description Account name of who checked the person in; people see checkedInDevice */
            checkedInBy?: string;
            /** @description The phone or desk the person was checked in at, as the door named it */
            checkedInDevice?: string;
            /** Format: int64 */
            companyId: number;
            companyName?: string;
            /** Format: int64 */
            contactId: number;
            contactName?: string;
            /** Format: int64 */
            eventId: number;
            /** Format: int64 */
            id: number;
            registeredAt: components["schemas"]["OffsetDateTime"];
            source: components["schemas"]["Source"];
            status: components["schemas"]["RegistrationStatus"];
            /** @description The QR payload of the ticket */
            ticket?: string;
            walkIn: boolean;
        };
        RegistrationPage: {
            items: components["schemas"]["Registration"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        RegistrationRequest: {
            /** Format: int64 */
            contactId: number;
        };
        /** @enum {string} */
        RegistrationStatus: "REGISTERED" | "WAITLISTED" | "CANCELLED" | "CHECKED_IN" | "NO_SHOW";
        /** @description A person the next run would anonymise */
        RetentionCandidate: {
            /** Format: int64 */
            companyId: number;
            companyName: string;
            /** Format: int64 */
            contactId: number;
            /** @description The last activity, registration, referral or consent */
            lastSeenAt: components["schemas"]["OffsetDateTime"];
            name?: string;
        };
        RetentionOverview: {
            /** @description A run now anonymises persons silent since before this moment */
            cutoff: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int64
             * @description How many persons a run now would anonymise
             */
            due: number;
            /** @description The longest silent of them, at most 50 */
            firstDue: components["schemas"]["RetentionCandidate"][];
            /** @description ISO period a person may be silent, e.g. P24M */
            inactiveFor: string;
            /** Format: int32 */
            inactiveMonths: number;
            /** @description The latest runs, newest first */
            lastRuns: components["schemas"]["RetentionRun"][];
            nextRunAt?: components["schemas"]["OffsetDateTime"];
            /** @description Whether the scheduled run happens */
            scheduled: boolean;
        };
        RetentionRun: {
            /** Format: int32 */
            anonymised: number;
            /** @description Persons silent since before this moment were anonymised */
            cutoff: components["schemas"]["OffsetDateTime"];
            error?: string;
            finishedAt?: components["schemas"]["OffsetDateTime"];
            /** Format: int64 */
            id: number;
            startedAt: components["schemas"]["OffsetDateTime"];
            /** @description SCHEDULE or ADMIN */
            trigger: string;
            /** @description The account that started the run (system for the schedule) */
            triggeredBy: string;
            /** @description Who started the run by hand, as people read them; absent for scheduled runs and runs from before names were kept */
            triggeredByName?: string;
        };
        SbiCodeEntry: {
            /** @description The code as CBS writes it: a section letter (C), division (10), group (10.7), class (10.71) or Dutch subclass (10.71.1) */
            code: string;
            /** @description English title: the NACE Rev. 2 title down to four digits; the Dutch title for Dutch subclasses and national classes, which NACE does not have */
            en: string;
            /** @description Dutch title (KvK edition of SBI 2008) */
            nl: string;
        };
        /** @description Scans a phone queued while offline, oldest first */
        ScanBatchRequest: {
            scans: components["schemas"]["ScanRequest"][];
        };
        ScanBatchResult: {
            results: components["schemas"]["CheckInResult"][];
        };
        /** @description A scanned ticket, or a registration picked by name */
        ScanRequest: {
            /** @description The device's id for this scan; a replay with it is applied once */
            clientId?: string;
            /** @description Which phone or desk, for the history */
            device: string;
            /** Format: int64 */
            registrationId?: number;
            /** @description When it was scanned, for scans queued offline */
            scannedAt?: components["schemas"]["OffsetDateTime"];
            /** @description The QR code's text */
            ticket?: string;
        };
        /** @enum {string} */
        SizeClass: "MICRO" | "SMALL" | "MEDIUM";
        /** @enum {string} */
        Source: "STAFF" | "PARTNER" | "PUBLIC" | "WALK_IN";
        Stage: {
            code: string;
            /** Format: int64 */
            id: number;
            name: string;
            /**
             * Format: int32
             * @description 1 for the first stage
             */
            position: number;
            /** Format: int64 */
            version: number;
        };
        /** @description All of the programme's stage ids, first stage first */
        StageOrderRequest: {
            stageIds: number[];
        };
        StageRecord: {
            /** Format: int64 */
            companyId: number;
            /** Format: int64 */
            creditedPartnerId?: number;
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            programmeId: number;
            reachedAt: components["schemas"]["OffsetDateTime"];
            recordedAt: components["schemas"]["OffsetDateTime"];
            recordedBy: string;
            source: components["schemas"]["StageSource"];
            /** Format: int64 */
            sourceId?: number;
            /** Format: int64 */
            stageId: number;
            withdrawalReason?: string;
            withdrawnAt?: components["schemas"]["OffsetDateTime"];
            /** @description The account that withdrew the record */
            withdrawnBy?: string;
            /** @description Who withdrew the record, as people read them; absent for system work and records withdrawn before names were kept */
            withdrawnByName?: string;
        };
        /** @description Record by hand that a company reached a stage */
        StageRecordRequest: {
            /** Format: int64 */
            companyId: number;
            /**
             * Format: int64
             * @description Partner to credit; a partner caller credits its own partner only
             */
            creditedPartnerId?: number;
            /** Format: int64 */
            programmeId: number;
            /** @description When it happened; now when left out */
            reachedAt?: components["schemas"]["OffsetDateTime"];
            /** @description Why the company reached the stage: MANUAL (the default; staff and admins only), ACTIVITY or EVENT_ATTENDANCE. A partner needs a source it owns: its own activity, or a checked-in registration at an event it organises. IMPORT is for imports only */
            source?: components["schemas"]["StageSource"];
            /**
             * Format: int64
             * @description With source ACTIVITY the activity's id, with EVENT_ATTENDANCE the registration's id; either at this company
             */
            sourceId?: number;
            /** Format: int64 */
            stageId: number;
        };
        StageRequest: {
            code: string;
            name: string;
        };
        /** @enum {string} */
        StageSource: "ACTIVITY" | "EVENT_ATTENDANCE" | "IMPORT" | "MANUAL";
        Target: {
            deadline: components["schemas"]["LocalDate"];
            /** Format: int64 */
            id: number;
            indicator?: components["schemas"]["Indicator"];
            name: string;
            /** Format: int64 */
            stageId?: number;
            /** Format: int32 */
            targetCount: number;
            /** Format: int64 */
            version: number;
        };
        /** @description Give either stageId (distinct companies reaching it) or indicator (its sum) */
        TargetRequest: {
            deadline: components["schemas"]["LocalDate"];
            indicator?: components["schemas"]["Indicator"];
            name: string;
            /** Format: int64 */
            stageId?: number;
            /** Format: int32 */
            targetCount: number;
        };
        /** @enum {string} */
        Theme: "SUSTAINABLE" | "DIGITAL" | "CIRCULAR" | "INNOVATION" | "INTERNATIONAL" | "SKILLS";
        TimelineItem: {
            /** @description Who recorded it */
            actor?: string;
            at: components["schemas"]["OffsetDateTime"];
            /** @description An activity whose summary only its own partner (and staff) may read */
            confidential: boolean;
            /**
             * Format: int64
             * @description For registration and check-in items: the event (refId is then the registration)
             */
            eventId?: number;
            kind: components["schemas"]["TimelineKind"];
            /** @description Activity type, stage name, event title, or the audited action */
            label?: string;
            /**
             * Format: int64
             * @description For referrals: the partner on the other side
             */
            otherPartnerId?: number;
            /**
             * Format: int64
             * @description The partner who acted
             */
            partnerId?: number;
            /** @description For registration and check-in items: the person (empty once erased) */
            person?: string;
            /** Format: int64 */
            programmeId?: number;
            /**
             * Format: int64
             * @description Id of the activity, referral, stage record or audit entry
             */
            refId: number;
            /**
             * Format: int64
             * @description For stage items: the stage
             */
            stageId?: number;
            /** @description Activity summary, referral reason or withdrawal reason; absent when confidential */
            text?: string;
        };
        /** @enum {string} */
        TimelineKind: "ACTIVITY" | "REFERRAL_SENT" | "REFERRAL_ACCEPTED" | "REFERRAL_DECLINED" | "REFERRAL_DONE" | "STAGE_REACHED" | "STAGE_WITHDRAWN" | "EVENT_REGISTERED" | "EVENT_CHECKED_IN" | "CHANGE";
        /** @description Someone at the door who did not register */
        WalkInRequest: {
            clientId?: string;
            companyName: string;
            /** @description The person agreed, at the door, that their details are kept for the event and the programme's follow-up */
            consent: boolean;
            device: string;
            email?: string;
            kvkNumber?: string;
            name: string;
        };
        WebhookAttempt: {
            at: components["schemas"]["OffsetDateTime"];
            /** Format: int32 */
            durationMs: number;
            /** @description Why the attempt failed without an answer (timeout, refused URL, …) */
            error?: string;
            /** @description The first 2 KB of the receiver's answer */
            responseExcerpt?: string;
            /**
             * Format: int32
             * @description The receiver's HTTP status; absent when it could not be reached
             */
            statusCode?: number;
        };
        WebhookDelivery: {
            /** Format: int32 */
            attemptCount: number;
            /** @description Newest first */
            attempts: components["schemas"]["WebhookAttempt"][];
            createdAt: components["schemas"]["OffsetDateTime"];
            deliveredAt?: components["schemas"]["OffsetDateTime"];
            /**
             * Format: int64
             * @description The webhook-id of every attempt is msg_ and this id
             */
            eventId: number;
            eventType: string;
            /** Format: int64 */
            id: number;
            nextAttemptAt?: components["schemas"]["OffsetDateTime"];
            /** @enum {string} */
            state: "PENDING" | "DELIVERED" | "FAILED";
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        WebhookDeliveryQueued: {
            /** Format: int64 */
            deliveryId: number;
            /** Format: int64 */
            eventId: number;
        };
        WebhookEventType: {
            description: string;
            /** @example referral.accepted */
            type: string;
        };
        /** @description A new signing secret; shown once */
        WebhookSecret: {
            /** @description Until then the previous secret signs too (a second signature in webhook-signature) */
            previousSecretValidUntil?: components["schemas"]["OffsetDateTime"];
            /** @description whsec_ and base64: verify signatures with it */
            secret: string;
        };
        WebhookSubscription: {
            createdAt: components["schemas"]["OffsetDateTime"];
            description?: string;
            disabledAt?: components["schemas"]["OffsetDateTime"];
            /** @description Why the dispatcher disabled it (the endpoint kept failing) */
            disabledReason?: string;
            enabled: boolean;
            eventTypes: string[];
            /** @description Since when every attempt failed; absent when the last one succeeded */
            failingSince?: components["schemas"]["OffsetDateTime"];
            /** Format: int64 */
            id: number;
            /**
             * Format: int64
             * @description The partner it belongs to; absent for the municipality's own
             */
            partnerId?: number;
            /** @description Only in the answer to create: the signing secret (whsec_…). It is never shown again */
            secret?: string;
            url: string;
            /**
             * Format: int64
             * @description Send it back in If-Match to change the subscription
             */
            version: number;
        };
        WebhookSubscriptionPage: {
            items: components["schemas"]["WebhookSubscription"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        WebhookSubscriptionRequest: {
            description?: string;
            /** @description Whether events are sent; default true. Enabling a disabled subscription clears why it was disabled */
            enabled?: boolean;
            /** @description Event types wanted; see GET /api/webhooks/event-types */
            eventTypes: string[];
            /**
             * Format: int64
             * @description Admin only, on create: the partner it belongs to; none for the municipality's own (receives everything). Partners always subscribe for their own partner
             */
            partnerId?: number;
            /**
             * @description https URL the events are POSTed to
             * @example https://crm.example.nl/hooks/aanjager
             */
            url: string;
        };
        WithdrawalRequest: {
            reason: string;
        };
    };
    responses: never;
    parameters: {
        /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listActivities: {
        parameters: {
            query?: {
                companyId?: number;
                from?: components["schemas"]["LocalDate"];
                page?: number;
                partnerId?: number;
                q?: string;
                size?: number;
                sort?: string;
                to?: components["schemas"]["LocalDate"];
                type?: components["schemas"]["ActivityType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateActivity: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteActivity: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportActivities: {
        parameters: {
            query?: {
                companyId?: number;
                /** @description For csv: excel opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601 dates, UTF-8 without a mark) */
                dialect?: "excel" | "plain";
                /** @description csv or xlsx (Excel) */
                format?: "csv" | "xlsx";
                from?: components["schemas"]["LocalDate"];
                partnerId?: number;
                to?: components["schemas"]["LocalDate"];
                type?: components["schemas"]["ActivityType"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAmbassadors: {
        parameters: {
            query?: {
                current?: boolean;
                programmeId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ambassador"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    appointAmbassador: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmbassadorRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ambassador"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAmbassador: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmbassadorRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ambassador"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description One operation (company.updated), or all of a kind with a trailing dot (company.) */
                action?: string;
                /** @description The user or API client that made the change: its account name, a system actor (system/demo), or the person's name as the trail shows it (actorName, any case) */
                actor?: string;
                /** @description Everything that happened at one company */
                companyId?: number;
                /** @description One record (with entityType) */
                entityId?: number;
                /** @description The kind of record, e.g. company, contact, referral */
                entityType?: string;
                /** @description From this moment on (inclusive) */
                from?: components["schemas"]["OffsetDateTime"];
                page?: number;
                /** @description Changes made by the people and systems of one partner */
                partnerId?: number;
                q?: string;
                size?: number;
                sort?: string;
                /** @description Before this moment (exclusive) */
                to?: components["schemas"]["OffsetDateTime"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAudit: {
        parameters: {
            query?: {
                /** @description One operation (company.updated), or all of a kind with a trailing dot (company.) */
                action?: string;
                /** @description The user or API client that made the change: its account name, a system actor (system/demo), or the person's name as the trail shows it (actorName, any case) */
                actor?: string;
                /** @description Everything that happened at one company */
                companyId?: number;
                /** @description One record (with entityType) */
                entityId?: number;
                /** @description The kind of record, e.g. company, contact, referral */
                entityType?: string;
                /** @description From this moment on (inclusive) */
                from?: components["schemas"]["OffsetDateTime"];
                /** @description Changes made by the people and systems of one partner */
                partnerId?: number;
                /** @description Before this moment (exclusive) */
                to?: components["schemas"]["OffsetDateTime"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page: the next page in name order, as fast at page 10,000 as at page 1 (page is then ignored) */
                after?: string;
                /** @description Companies that attended this event (checked in) */
                attendedEventId?: number;
                /** @description Funnel progress credited to this partner (a partner: its own only): with creditedStageId, credited at that stage (first credited within from/to when given); otherwise any credit in the programme of programmeId or reachedStageId */
                creditedPartnerId?: number;
                /** @description With creditedPartnerId: the partner is credited at this stage (a record at it or later) */
                creditedStageId?: number;
                /** @description City district (gebied), exact */
                district?: string;
                /** @description With reachedStageId, creditedStageId, need or indicator: first day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                /** @description Companies with an outcome on this indicator (dated within from/to when given; with programmeId, recorded for that programme, instead of funnel progress in it) */
                indicator?: string;
                /** @description Companies that raised this need (first raised within from/to when given; with programmeId, raised in that programme or without one, instead of funnel progress in it) */
                need?: string;
                /** @description Companies whose first contact with the network was this event */
                newAtEventId?: number;
                /** @description With indicator: outcomes recorded by this partner (a partner: its own only) */
                outcomePartnerId?: number;
                page?: number;
                /** @description Companies with funnel progress in this programme */
                programmeId?: number;
                q?: string;
                /** @description Companies that reached this funnel stage (first entered within from/to when given) */
                reachedStageId?: number;
                /** @description SBI code or its leading digits, e.g. 62 or 62.01 */
                sector?: string;
                size?: number;
                /** @description MICRO, SMALL or MEDIUM */
                sizeClass?: string;
                sort?: string;
                /** @description With programmeId: companies whose current stage is this one */
                stageId?: number;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description With reachedStageId, creditedStageId, need or indicator: last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
                /** @description Companies this partner works with (an activity, a referral either way, a contact it entered, or a funnel credit). A partner may name only its own partner: another id is refused with 403 */
                workedWithPartnerId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompanyFunnel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeFunnelPosition"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompanyTimeline: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path: {
                companyId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineItem"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCompany: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLikelyDuplicatesOfCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LikelyDuplicate"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeCompanies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCompanies: {
        parameters: {
            query?: {
                /** @description Companies that attended this event (checked in) */
                attendedEventId?: number;
                /** @description Funnel progress credited to this partner (a partner: its own only): with creditedStageId, credited at that stage (first credited within from/to when given); otherwise any credit in the programme of programmeId or reachedStageId */
                creditedPartnerId?: number;
                /** @description With creditedPartnerId: the partner is credited at this stage (a record at it or later) */
                creditedStageId?: number;
                /** @description For csv: excel opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601 dates, UTF-8 without a mark) */
                dialect?: "excel" | "plain";
                /** @description City district (gebied), exact */
                district?: string;
                /** @description csv or xlsx (Excel) */
                format?: "csv" | "xlsx";
                /** @description With reachedStageId, creditedStageId, need or indicator: first day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                /** @description Companies with an outcome on this indicator (dated within from/to when given; with programmeId, recorded for that programme, instead of funnel progress in it) */
                indicator?: string;
                /** @description Companies that raised this need (first raised within from/to when given; with programmeId, raised in that programme or without one, instead of funnel progress in it) */
                need?: string;
                /** @description Companies whose first contact with the network was this event */
                newAtEventId?: number;
                /** @description With indicator: outcomes recorded by this partner (a partner: its own only) */
                outcomePartnerId?: number;
                /** @description Companies with funnel progress in this programme */
                programmeId?: number;
                q?: string;
                /** @description Companies that reached this funnel stage (first entered within from/to when given) */
                reachedStageId?: number;
                /** @description SBI code or its leading digits, e.g. 62 or 62.01 */
                sector?: string;
                /** @description MICRO, SMALL or MEDIUM */
                sizeClass?: string;
                sort?: string;
                /** @description With programmeId: companies whose current stage is this one */
                stageId?: number;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description With reachedStageId, creditedStageId, need or indicator: last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
                /** @description Companies this partner works with (an activity, a referral either way, a contact it entered, or a funnel credit). A partner may name only its own partner: another id is refused with 403 */
                workedWithPartnerId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLikelyDuplicates: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LikelyDuplicate"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                companyId?: number;
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eraseContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactExport"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                from?: components["schemas"]["OffsetDateTime"];
                /** @description true: only events the caller's partner is invited to organise and has not answered yet (partners) */
                invited?: boolean;
                page?: number;
                programmeId?: number;
                q?: string;
                size?: number;
                sort?: string;
                status?: components["schemas"]["EventStatus"];
                to?: components["schemas"]["OffsetDateTime"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attendance"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCheckInList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInList"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCheckIns: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInAttempt"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResult"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    undoCheckIn: {
        parameters: {
            query?: {
                device?: string;
            };
            header?: never;
            path: {
                eventId: number;
                registrationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResult"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkInBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanBatchRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanBatchResult"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    admitWalkIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                eventId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WalkInRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResult"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptOrganiserInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineOrganiserInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegistrations: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
                status?: components["schemas"]["RegistrationStatus"];
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
                registrationId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Registration"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRegistrations: {
        parameters: {
            query?: {
                /** @description For csv: excel opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601 dates, UTF-8 without a mark) */
                dialect?: "excel" | "plain";
                /** @description csv or xlsx (Excel) */
                format?: "csv" | "xlsx";
                status?: components["schemas"]["RegistrationStatus"];
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                page?: number;
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJobPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportUpload"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportConfirmation"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadRejectedImportRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutcomes: {
        parameters: {
            query?: {
                companyId?: number;
                programmeId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outcome"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutcomeRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Outcome"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                active?: boolean;
                kind?: components["schemas"]["PartnerKind"];
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPartner: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePartner: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartnerRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Partner"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePartner: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProgrammes: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
                theme?: components["schemas"]["Theme"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProgramme: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProgramme: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Programme"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProgramme: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stage"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                programmeId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: number;
                stageId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStage: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                programmeId: number;
                stageId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStage: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                programmeId: number;
                stageId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reorderStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageOrderRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stage"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTarget: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                programmeId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                programmeId: number;
                targetId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTarget: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                programmeId: number;
                targetId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TargetRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Target"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTarget: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                programmeId: number;
                targetId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEvent"][];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicEvent"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerPublicly: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicRegistrationRequest"];
            };
        };
        responses: {
            /** @description Received: a mail with the ticket (or the waitlist place) is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRegistrationReceipt"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelPublicRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                cancelCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                box?: "INBOX" | "OUTBOX" | "ALL";
                companyId?: number;
                page?: number;
                /** @description Admin and staff: whose box; partners always see their own */
                partnerId?: number;
                q?: string;
                size?: number;
                sort?: string;
                status?: components["schemas"]["ReferralStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralResponseRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralResponseRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralResponseRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportReferrals: {
        parameters: {
            query?: {
                box?: "INBOX" | "OUTBOX" | "ALL";
                companyId?: number;
                /** @description For csv: excel opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601 dates, UTF-8 without a mark) */
                dialect?: "excel" | "plain";
                /** @description csv or xlsx (Excel) */
                format?: "csv" | "xlsx";
                /** @description Admin and staff: whose box; partners always see their own */
                partnerId?: number;
                status?: components["schemas"]["ReferralStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    breakdownReport: {
        parameters: {
            query?: {
                by?: string;
                /** @description Companies whose funnel progress in the programme is credited to this partner */
                creditedPartnerId?: number;
                /** @description For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601) */
                dialect?: "excel" | "plain";
                district?: string;
                /** @description json (default), csv or xlsx; the Accept header works too. Files have headers and words in the language of Accept-Language (nl or en) and names where the JSON has ids */
                format?: string;
                /** @description First day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                programmeId?: number;
                /** @description SBI code prefix, e.g. 25 or 62.01 */
                sector?: string;
                sizeClass?: string;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description Last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakdownReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    eventsReport: {
        parameters: {
            query?: {
                /** @description Companies whose funnel progress in the programme is credited to this partner */
                creditedPartnerId?: number;
                /** @description For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601) */
                dialect?: "excel" | "plain";
                district?: string;
                /** @description json (default), csv or xlsx; the Accept header works too. Files have headers and words in the language of Accept-Language (nl or en) and names where the JSON has ids */
                format?: string;
                /** @description First day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                programmeId?: number;
                /** @description SBI code prefix, e.g. 25 or 62.01 */
                sector?: string;
                sizeClass?: string;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description Last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventsReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    funnelReport: {
        parameters: {
            query?: {
                /** @description Companies whose funnel progress in the programme is credited to this partner */
                creditedPartnerId?: number;
                /** @description For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601) */
                dialect?: "excel" | "plain";
                district?: string;
                /** @description json (default), csv or xlsx; the Accept header works too. Files have headers and words in the language of Accept-Language (nl or en) and names where the JSON has ids */
                format?: string;
                /** @description First day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                programmeId?: number;
                /** @description SBI code prefix, e.g. 25 or 62.01 */
                sector?: string;
                sizeClass?: string;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description Last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    needsReport: {
        parameters: {
            query?: {
                /** @description Companies whose funnel progress in the programme is credited to this partner */
                creditedPartnerId?: number;
                /** @description For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601) */
                dialect?: "excel" | "plain";
                district?: string;
                /** @description json (default), csv or xlsx; the Accept header works too. Files have headers and words in the language of Accept-Language (nl or en) and names where the JSON has ids */
                format?: string;
                /** @description First day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                programmeId?: number;
                /** @description SBI code prefix, e.g. 25 or 62.01 */
                sector?: string;
                sizeClass?: string;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description Last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedsReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    outcomesReport: {
        parameters: {
            query?: {
                /** @description Companies whose funnel progress in the programme is credited to this partner */
                creditedPartnerId?: number;
                /** @description For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601) */
                dialect?: "excel" | "plain";
                district?: string;
                /** @description json (default), csv or xlsx; the Accept header works too. Files have headers and words in the language of Accept-Language (nl or en) and names where the JSON has ids */
                format?: string;
                /** @description First day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                programmeId?: number;
                /** @description SBI code prefix, e.g. 25 or 62.01 */
                sector?: string;
                sizeClass?: string;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description Last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutcomesReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    partnersReport: {
        parameters: {
            query?: {
                /** @description Companies whose funnel progress in the programme is credited to this partner */
                creditedPartnerId?: number;
                /** @description For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601) */
                dialect?: "excel" | "plain";
                district?: string;
                /** @description json (default), csv or xlsx; the Accept header works too. Files have headers and words in the language of Accept-Language (nl or en) and names where the JSON has ids */
                format?: string;
                /** @description First day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                programmeId?: number;
                /** @description SBI code prefix, e.g. 25 or 62.01 */
                sector?: string;
                sizeClass?: string;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description Last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerContributionReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    progressReport: {
        parameters: {
            query?: {
                /** @description Companies whose funnel progress in the programme is credited to this partner */
                creditedPartnerId?: number;
                /** @description For csv: excel (default) opens in a Dutch Excel as it is (semicolons, decimal comma, dates as 29-11-2026, UTF-8 with a byte order mark); plain is for programs (commas, decimal point, ISO 8601) */
                dialect?: "excel" | "plain";
                district?: string;
                /** @description json (default), csv or xlsx; the Accept header works too. Files have headers and words in the language of Accept-Language (nl or en) and names where the JSON has ids */
                format?: string;
                /** @description First day of the period (inclusive) */
                from?: components["schemas"]["LocalDate"];
                programmeId?: number;
                /** @description SBI code prefix, e.g. 25 or 62.01 */
                sector?: string;
                sizeClass?: string;
                /** @description Companies with an activity on this theme */
                theme?: string;
                /** @description Last day of the period (inclusive) */
                to?: components["schemas"]["LocalDate"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressReport"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "text/csv": unknown;
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionOverview"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runRetention: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRun"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSbiCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SbiCodeEntry"][];
                };
            };
            /** @description The list the client holds (its ETag) is still current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStageRecords: {
        parameters: {
            query?: {
                companyId?: number;
                includeWithdrawn?: boolean;
                programmeId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageRecord"][];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StageRecordRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageRecord"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawStageRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawalRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageRecord"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: {
                page?: number;
                /** @description Admin: one partner's subscriptions; partners always see their own */
                partnerId?: number;
                q?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscriptionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                "If-Match"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscriptionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names a version that is no longer current */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than this operation accepts */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not of a media type this operation reads */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
                size?: number;
                sort?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                deliveryId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryQueued"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryQueued"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value of up to 255 characters, e.g. a UUID, as a quoted string (a bare token is accepted too). A retry with the same key and the same request gets the first response again, marked Idempotent-Replayed: true, and creates nothing. Keys are per caller and expire after 24 hours. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            /** @description Invalid input: see the problem's field errors */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record (or not visible to the caller) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with existing data, or a request with the same Idempotency-Key is still being processed (type request-in-progress) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used before for a different request (type idempotency-key-reused) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventType"][];
                };
            };
            /** @description No valid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's role does not allow this operation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; wait the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds until the caller may try again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is briefly unavailable; nothing was changed. Try again after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds after which a retry is likely to succeed */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
