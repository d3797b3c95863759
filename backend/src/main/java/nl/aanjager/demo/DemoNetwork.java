package nl.aanjager.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.aanjager.programmes.Programme;

/**
 * The wider demo network behind the dashboard: 240 synthetic Rotterdam SMEs that entered the
 * MKB010>>Next funnel over the past 18 months, moved on at realistic rates, raised needs and
 * recorded outcomes — so that trends, conversions, breakdowns and projections have something to
 * say. Set-based SQL (a few hundred rows), so start-up stays quick; the report facts follow
 * through the database triggers like any other write.
 */
@ApplicationScoped
public class DemoNetwork {
    static final int COMPANIES = 240;

    @Inject
    EntityManager entityManager;

    void load(Programme next, Programme smartIndustry) {
        execute("""
                create temp table demo_sme on commit drop as
                select i, nextval('company_seq') as id from generate_series(1, %d) as i""".formatted(COMPANIES));
        execute("""
                insert into company (id, kvk_number, name, sbi_code, size_class, employees, postcode, city, district,
                                     created_at)
                select id, lpad((27000000 + i)::text, 8, '0'),
                       (array['Verhoeven','Koster','Dijkstra','Öztürk','Bouali','Hoekstra','Van Leeuwen','Kramer',
                              'Bennani','Wijnands','Sahin','Brouwer'])[1 + i % 12] || ' '
                         || (array['Metaal','Techniek','Bouw','Food','Logistiek','Print','Installaties','Design',
                                   'Maritiem','Automatisering'])[1 + (i / 12) % 10],
                       (array['25.62','28.99','10.71','43.22','41.20','52.24','18.12','62.01','33.12','22.29',
                              '56.10','71.12'])[1 + i % 12],
                       case when i % 10 < 6 then 'MICRO' when i % 10 < 9 then 'SMALL' else 'MEDIUM' end,
                       case when i % 10 < 6 then 2 + i % 8 when i % 10 < 9 then 10 + i % 40 else 50 + i % 150 end,
                       (3011 + i % 80)::text || ' ' || chr(65 + i % 26) || chr(65 + (i / 7) % 26), 'Rotterdam',
                       (array['Centrum','Charlois','Delfshaven','Feijenoord','Hillegersberg-Schiebroek','IJsselmonde',
                              'Kralingen-Crooswijk','Noord','Overschie','Prins Alexander','Hoogvliet',
                              'Waalhaven-Eemhaven'])[1 + (i * 7) % 12],
                       now() - interval '18 months'
                from demo_sme""");
        // first contact spread over 18 months, a little busier lately; ~55% informed within
        // weeks, ~25% activated; credited to the 13 partners in turn
        execute("""
                create temp table demo_step on commit drop as
                select s.id as company_id, s.i, st.position, st.id as stage_id,
                       now() - ((540 - s.i * 2 + (s.i %% 5) * 3) * interval '1 day')
                         + (st.position - 1) * ((10 + s.i %% 50) * interval '1 day') as reached_at,
                       1 + s.i %% 13 as partner_id
                from demo_sme s join funnel_stage st on st.programme_id = %d
                where st.position = 1 or (st.position = 2 and s.i %% 20 < 11) or (st.position = 3 and s.i %% 20 < 5)"""
                .formatted(next.id));
        execute("""
                insert into stage_record (id, company_id, programme_id, stage_id, reached_at, source,
                                          credited_partner_id, recorded_by, recorded_at)
                select nextval('stage_record_seq'), company_id, %d, stage_id, reached_at, 'MANUAL', partner_id, 'demo',
                       reached_at
                from demo_step where reached_at < now()""".formatted(next.id));
        execute("""
                insert into activity (id, partner_id, company_id, type, occurred_on, summary, themes, needs,
                                      programme_id, created_by, created_at)
                select nextval('activity_seq'), partner_id, company_id,
                       (array['ADVICE_SESSION','COMPANY_VISIT','WORKSHOP','PHONE_CALL'])[1 + i %% 4],
                       (reached_at at time zone 'Europe/Amsterdam')::date, 'Kennismaking en vervolgafspraken',
                       array[(array['SUSTAINABLE','DIGITAL','CIRCULAR'])[1 + i %% 3]],
                       array[(array['FINANCING','STAFF_AND_SKILLS','DIGITALISATION','SUSTAINABILITY','CIRCULARITY',
                                    'PREMISES','REGULATION','INTERNATIONAL_TRADE','NETWORK'])[1 + i %% 9],
                             (array['FINANCING','STAFF_AND_SKILLS','DIGITALISATION'])[1 + i %% 3]],
                       %d, 'demo', reached_at
                from demo_step where position = 2 and reached_at < now()""".formatted(next.id));
        // manufacturers interviewed for Smart Industry: what do they need to grow?
        execute("""
                insert into activity (id, partner_id, company_id, type, occurred_on, summary, themes, needs,
                                      programme_id, created_by, created_at)
                select nextval('activity_seq'), 2, c.id, 'RESEARCH_INTERVIEW', current_date - (s.i * 7 %% 300),
                       'Onderzoeksinterview Smart Industry', array['DIGITAL','INNOVATION'],
                       array[(array['STAFF_AND_SKILLS','DIGITALISATION','FINANCING','PREMISES'])[1 + s.i %% 4]],
                       %d, 'demo', now()
                from company c join demo_sme s on s.id = c.id where c.sbi_code like any (array['25%%','28%%','33%%','22%%','10%%'])"""
                .formatted(smartIndustry.id));
        execute("""
                insert into outcome (id, company_id, partner_id, programme_id, indicator, value, occurred_on,
                                     evidence, created_by, created_at)
                select nextval('outcome_seq'), company_id, partner_id, %d,
                       (array['JOBS_CREATED','INVESTMENT_EUR','SUSTAINABILITY_MEASURE','DIGITAL_MEASURE',
                              'JOBS_RETAINED'])[1 + i %% 5],
                       case i %% 5 when 0 then 1 + (i / 20) %% 6 when 1 then 5000 * (1 + i %% 12) when 4 then 2 + i %% 6 else 1 end,
                       (reached_at at time zone 'Europe/Amsterdam')::date + 30, 'Verslag adviestraject', 'demo', now()
                from demo_step where position = 3 and reached_at < now() - interval '30 days'""".formatted(next.id));
    }

    private void execute(String sql) {
        entityManager.createNativeQuery(sql).executeUpdate();
    }
}
