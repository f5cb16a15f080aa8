-- Reference data: the 35 independent countries of the Americas (reference/countries-americas.csv) and the
-- WPS National Action Plans adopted in the region (shared/data/wps-nap-adoptions.csv) as ADOPTED events.
-- A plan whose adoption year is not confirmed gets neither date nor year. NAP events use negative ids so
-- they never collide with ids drawn from academy_seq; versions start at 0.

INSERT INTO country (iso2, version, iso3, name_en, name_es, name_pt, name_fr, subregion) VALUES
    ('AG', 0, 'ATG', 'Antigua and Barbuda', 'Antigua y Barbuda', 'Antígua e Barbuda', 'Antigua-et-Barbuda', 'CARIBBEAN'),
    ('AR', 0, 'ARG', 'Argentina', 'Argentina', 'Argentina', 'Argentine', 'SOUTH_AMERICA'),
    ('BS', 0, 'BHS', 'Bahamas', 'Bahamas', 'Bahamas', 'Bahamas', 'CARIBBEAN'),
    ('BB', 0, 'BRB', 'Barbados', 'Barbados', 'Barbados', 'Barbade', 'CARIBBEAN'),
    ('BZ', 0, 'BLZ', 'Belize', 'Belice', 'Belize', 'Belize', 'CENTRAL_AMERICA'),
    ('BO', 0, 'BOL', 'Bolivia', 'Bolivia', 'Bolívia', 'Bolivie', 'SOUTH_AMERICA'),
    ('BR', 0, 'BRA', 'Brazil', 'Brasil', 'Brasil', 'Brésil', 'SOUTH_AMERICA'),
    ('CA', 0, 'CAN', 'Canada', 'Canadá', 'Canadá', 'Canada', 'NORTH_AMERICA'),
    ('CL', 0, 'CHL', 'Chile', 'Chile', 'Chile', 'Chili', 'SOUTH_AMERICA'),
    ('CO', 0, 'COL', 'Colombia', 'Colombia', 'Colômbia', 'Colombie', 'SOUTH_AMERICA'),
    ('CR', 0, 'CRI', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'CENTRAL_AMERICA'),
    ('CU', 0, 'CUB', 'Cuba', 'Cuba', 'Cuba', 'Cuba', 'CARIBBEAN'),
    ('DM', 0, 'DMA', 'Dominica', 'Dominica', 'Dominica', 'Dominique', 'CARIBBEAN'),
    ('DO', 0, 'DOM', 'Dominican Republic', 'República Dominicana', 'República Dominicana', 'République dominicaine', 'CARIBBEAN'),
    ('EC', 0, 'ECU', 'Ecuador', 'Ecuador', 'Equador', 'Équateur', 'SOUTH_AMERICA'),
    ('SV', 0, 'SLV', 'El Salvador', 'El Salvador', 'El Salvador', 'Salvador', 'CENTRAL_AMERICA'),
    ('GD', 0, 'GRD', 'Grenada', 'Granada', 'Granada', 'Grenade', 'CARIBBEAN'),
    ('GT', 0, 'GTM', 'Guatemala', 'Guatemala', 'Guatemala', 'Guatemala', 'CENTRAL_AMERICA'),
    ('GY', 0, 'GUY', 'Guyana', 'Guyana', 'Guiana', 'Guyana', 'CARIBBEAN'),
    ('HT', 0, 'HTI', 'Haiti', 'Haití', 'Haiti', 'Haïti', 'CARIBBEAN'),
    ('HN', 0, 'HND', 'Honduras', 'Honduras', 'Honduras', 'Honduras', 'CENTRAL_AMERICA'),
    ('JM', 0, 'JAM', 'Jamaica', 'Jamaica', 'Jamaica', 'Jamaïque', 'CARIBBEAN'),
    ('MX', 0, 'MEX', 'Mexico', 'México', 'México', 'Mexique', 'NORTH_AMERICA'),
    ('NI', 0, 'NIC', 'Nicaragua', 'Nicaragua', 'Nicarágua', 'Nicaragua', 'CENTRAL_AMERICA'),
    ('PA', 0, 'PAN', 'Panama', 'Panamá', 'Panamá', 'Panama', 'CENTRAL_AMERICA'),
    ('PY', 0, 'PRY', 'Paraguay', 'Paraguay', 'Paraguai', 'Paraguay', 'SOUTH_AMERICA'),
    ('PE', 0, 'PER', 'Peru', 'Perú', 'Peru', 'Pérou', 'SOUTH_AMERICA'),
    ('KN', 0, 'KNA', 'Saint Kitts and Nevis', 'San Cristóbal y Nieves', 'São Cristóvão e Névis', 'Saint-Christophe-et-Niévès', 'CARIBBEAN'),
    ('LC', 0, 'LCA', 'Saint Lucia', 'Santa Lucía', 'Santa Lúcia', 'Sainte-Lucie', 'CARIBBEAN'),
    ('VC', 0, 'VCT', 'Saint Vincent and the Grenadines', 'San Vicente y las Granadinas', 'São Vicente e Granadinas', 'Saint-Vincent-et-les-Grenadines', 'CARIBBEAN'),
    ('SR', 0, 'SUR', 'Suriname', 'Surinam', 'Suriname', 'Suriname', 'CARIBBEAN'),
    ('TT', 0, 'TTO', 'Trinidad and Tobago', 'Trinidad y Tobago', 'Trinidad e Tobago', 'Trinité-et-Tobago', 'CARIBBEAN'),
    ('US', 0, 'USA', 'United States', 'Estados Unidos', 'Estados Unidos', 'États-Unis', 'NORTH_AMERICA'),
    ('UY', 0, 'URY', 'Uruguay', 'Uruguay', 'Uruguai', 'Uruguay', 'SOUTH_AMERICA'),
    ('VE', 0, 'VEN', 'Venezuela', 'Venezuela', 'Venezuela', 'Venezuela', 'SOUTH_AMERICA');

INSERT INTO nap_event (id, version, country_iso2, event_type, nap_generation, event_date, event_year, plan_start_year, plan_end_year, note, source) VALUES
    (-1, 0, 'CL', 'ADOPTED', 1, NULL, 2009, NULL, NULL, 'first WPS National Action Plan in Latin America', 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-2, 0, 'CL', 'ADOPTED', 2, NULL, 2015, NULL, NULL, 'second plan', 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-3, 0, 'AR', 'ADOPTED', 1, NULL, 2015, NULL, NULL, NULL, 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-4, 0, 'PY', 'ADOPTED', 1, NULL, 2015, NULL, NULL, NULL, 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-5, 0, 'BR', 'ADOPTED', 1, NULL, 2017, NULL, NULL, NULL, 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-6, 0, 'GT', 'ADOPTED', 1, NULL, 2017, NULL, NULL, NULL, 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-7, 0, 'SV', 'ADOPTED', 1, NULL, 2017, 2017, 2022, 'plan period 2017-2022', 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-8, 0, 'MX', 'ADOPTED', 1, NULL, 2021, NULL, NULL, NULL, 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-9, 0, 'CA', 'ADOPTED', 1, NULL, 2010, NULL, NULL, NULL, 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-10, 0, 'US', 'ADOPTED', 1, NULL, 2011, NULL, NULL, NULL, 'PeaceWomen 1325 National Action Plans database (peacewomen.org/member-states)'),
    (-11, 0, 'TT', 'ADOPTED', 1, NULL, NULL, NULL, NULL, 'first WPS National Action Plan in the Caribbean; formulated after the 2024 Port of Spain academy convening (year to confirm from the government''s announcement)', 'Our Secure Future and UN Women press release of 1 July 2025 on the second NAP Academy convening');
