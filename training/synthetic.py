#!/usr/bin/env python3
"""Synthetic PLOVER training sentences for dotterel's learned event classifier.

Authored by the dotterel project. Every template, word list and name below was
written for this generator from the PLOVER codebook's definitions of event types
and modes; nothing is copied, paraphrased or derived from any evaluation data.
Persons, parties, newspapers, companies, towns and some armed groups are invented.

Each record is one sentence with a SOURCE and a TARGET actor string (both occur
verbatim in the text, and they differ) and the PLOVER event type of the relation
from source to target:

    {"text", "source", "target", "event_type", "mode", "negated", "modality", "template"}

Usage:
    python training/synthetic.py --n-per-type 1500 --seed 13 --output training/synthetic.jsonl

The output depends only on the arguments (not on PYTHONHASHSEED). Standard library only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
INTENT_TYPES = {"AGREE", "THREATEN"}  # verbal commitments: their content lies in the future
COOP_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}

# --------------------------------------------------------------------------------------
# Actor material
# --------------------------------------------------------------------------------------

# (name, article, demonym, capital or None)
COUNTRIES = [
    ("United States", "the", "US", "Washington"),
    ("United Kingdom", "the", "British", "London"),
    ("France", "", "French", "Paris"),
    ("Germany", "", "German", "Berlin"),
    ("Russia", "", "Russian", "Moscow"),
    ("China", "", "Chinese", "Beijing"),
    ("Japan", "", "Japanese", "Tokyo"),
    ("India", "", "Indian", "New Delhi"),
    ("Pakistan", "", "Pakistani", "Islamabad"),
    ("Afghanistan", "", "Afghan", "Kabul"),
    ("Iran", "", "Iranian", "Tehran"),
    ("Iraq", "", "Iraqi", "Baghdad"),
    ("Syria", "", "Syrian", "Damascus"),
    ("Turkey", "", "Turkish", "Ankara"),
    ("Israel", "", "Israeli", None),
    ("Lebanon", "", "Lebanese", "Beirut"),
    ("Jordan", "", "Jordanian", "Amman"),
    ("Egypt", "", "Egyptian", "Cairo"),
    ("Saudi Arabia", "", "Saudi", "Riyadh"),
    ("United Arab Emirates", "the", "Emirati", "Abu Dhabi"),
    ("Qatar", "", "Qatari", "Doha"),
    ("Yemen", "", "Yemeni", "Sanaa"),
    ("Libya", "", "Libyan", "Tripoli"),
    ("Tunisia", "", "Tunisian", "Tunis"),
    ("Algeria", "", "Algerian", "Algiers"),
    ("Morocco", "", "Moroccan", "Rabat"),
    ("Sudan", "", "Sudanese", "Khartoum"),
    ("South Sudan", "", "South Sudanese", "Juba"),
    ("Ethiopia", "", "Ethiopian", "Addis Ababa"),
    ("Eritrea", "", "Eritrean", "Asmara"),
    ("Somalia", "", "Somali", "Mogadishu"),
    ("Kenya", "", "Kenyan", "Nairobi"),
    ("Uganda", "", "Ugandan", "Kampala"),
    ("Rwanda", "", "Rwandan", "Kigali"),
    ("Democratic Republic of Congo", "the", "Congolese", "Kinshasa"),
    ("Nigeria", "", "Nigerian", "Abuja"),
    ("Ghana", "", "Ghanaian", "Accra"),
    ("Mali", "", "Malian", "Bamako"),
    ("Niger", "", "Nigerien", "Niamey"),
    ("Burkina Faso", "", "Burkinabe", "Ouagadougou"),
    ("Senegal", "", "Senegalese", "Dakar"),
    ("Cameroon", "", "Cameroonian", "Yaounde"),
    ("Chad", "", "Chadian", "N'Djamena"),
    ("South Africa", "", "South African", "Pretoria"),
    ("Zimbabwe", "", "Zimbabwean", "Harare"),
    ("Mozambique", "", "Mozambican", "Maputo"),
    ("Brazil", "", "Brazilian", "Brasilia"),
    ("Argentina", "", "Argentine", "Buenos Aires"),
    ("Chile", "", "Chilean", "Santiago"),
    ("Peru", "", "Peruvian", "Lima"),
    ("Colombia", "", "Colombian", "Bogota"),
    ("Venezuela", "", "Venezuelan", "Caracas"),
    ("Mexico", "", "Mexican", None),
    ("Cuba", "", "Cuban", "Havana"),
    ("Bolivia", "", "Bolivian", "La Paz"),
    ("Ecuador", "", "Ecuadorian", "Quito"),
    ("Canada", "", "Canadian", "Ottawa"),
    ("Ukraine", "", "Ukrainian", "Kyiv"),
    ("Poland", "", "Polish", "Warsaw"),
    ("Belarus", "", "Belarusian", "Minsk"),
    ("Georgia", "", "Georgian", "Tbilisi"),
    ("Armenia", "", "Armenian", "Yerevan"),
    ("Azerbaijan", "", "Azerbaijani", "Baku"),
    ("Serbia", "", "Serbian", "Belgrade"),
    ("Hungary", "", "Hungarian", "Budapest"),
    ("Italy", "", "Italian", "Rome"),
    ("Spain", "", "Spanish", "Madrid"),
    ("Greece", "", "Greek", "Athens"),
    ("Sweden", "", "Swedish", "Stockholm"),
    ("Norway", "", "Norwegian", "Oslo"),
    ("Netherlands", "the", "Dutch", None),
    ("Indonesia", "", "Indonesian", "Jakarta"),
    ("Malaysia", "", "Malaysian", "Kuala Lumpur"),
    ("Thailand", "", "Thai", "Bangkok"),
    ("Vietnam", "", "Vietnamese", "Hanoi"),
    ("Philippines", "the", "Philippine", "Manila"),
    ("Myanmar", "", "Myanmar", "Naypyidaw"),
    ("Bangladesh", "", "Bangladeshi", "Dhaka"),
    ("Sri Lanka", "", "Sri Lankan", "Colombo"),
    ("Nepal", "", "Nepali", "Kathmandu"),
    ("North Korea", "", "North Korean", "Pyongyang"),
    ("South Korea", "", "South Korean", "Seoul"),
    ("Australia", "", "Australian", "Canberra"),
    ("Kazakhstan", "", "Kazakh", "Astana"),
    ("Haiti", "", "Haitian", "Port-au-Prince"),
    ("Nicaragua", "", "Nicaraguan", "Managua"),
    ("Kosovo", "", "Kosovar", "Pristina"),
]

FIRST_F = [
    "Elena",
    "Amina",
    "Mariam",
    "Sofia",
    "Ingrid",
    "Leila",
    "Nadia",
    "Ana",
    "Grace",
    "Fatima",
    "Yuki",
    "Mei",
    "Priya",
    "Olena",
    "Claire",
    "Isabel",
    "Zainab",
    "Halima",
    "Lucia",
    "Anika",
    "Chiara",
    "Rania",
    "Tamar",
    "Daria",
    "Esther",
    "Camila",
    "Aylin",
    "Keiko",
    "Nomvula",
    "Ewa",
    "Mirela",
    "Salma",
    "Adaeze",
    "Lina",
    "Marisol",
    "Helga",
    "Thandiwe",
    "Noor",
    "Beatriz",
    "Irina",
]
FIRST_M = [
    "Amadou",
    "Viktor",
    "Rafael",
    "Karim",
    "Tomas",
    "Hassan",
    "Jonas",
    "Mehmet",
    "Pedro",
    "Samuel",
    "Arjun",
    "Dmitri",
    "Kwame",
    "Omar",
    "Lars",
    "Mateo",
    "Yusuf",
    "Andrei",
    "Hiroshi",
    "Daniel",
    "Ibrahim",
    "Nikolai",
    "Emeka",
    "Luis",
    "Farid",
    "Stefan",
    "Joseph",
    "Tariq",
    "Carlos",
    "Mikhail",
    "Abdi",
    "Goran",
    "Khalid",
    "Felipe",
    "Sipho",
    "Bilal",
    "Marek",
    "Paolo",
    "Jean-Pierre",
    "Kofi",
]
LAST = [
    "Vasquez",
    "Keita",
    "Mensah",
    "Okafor",
    "Haddad",
    "Novak",
    "Lindqvist",
    "Moreau",
    "Rahman",
    "Tanaka",
    "Kowalski",
    "Abebe",
    "Mwangi",
    "Santos",
    "Alvarez",
    "Nasser",
    "Karimi",
    "Demir",
    "Osei",
    "Diallo",
    "Traore",
    "Benali",
    "Castillo",
    "Herrera",
    "Morales",
    "Quispe",
    "Fonseca",
    "Oyelaran",
    "Nguyen",
    "Suzuki",
    "Chen",
    "Sato",
    "Gupta",
    "Sharma",
    "Iyer",
    "Hosseini",
    "Farouk",
    "Mahmoud",
    "Salem",
    "Khoury",
    "Rostami",
    "Balogun",
    "Adeyemi",
    "Kamau",
    "Otieno",
    "Nkosi",
    "Dlamini",
    "Moyo",
    "Banda",
    "Phiri",
    "Sithole",
    "Halvorsen",
    "Eriksen",
    "Virtanen",
    "Horvat",
    "Kovac",
    "Popescu",
    "Georgiev",
    "Dimitrov",
    "Marin",
    "Ferreira",
    "Costa",
    "Rossi",
    "Bianchi",
    "Lambert",
    "Dubois",
    "Fischer",
    "Weber",
    "Brennan",
    "Gallagher",
    "Whitfield",
    "Ashworth",
    "Delgado",
    "Ortega",
    "Medina",
    "Rojas",
    "Villanueva",
    "Aquino",
    "Reyes",
    "Bautista",
    "Wijaya",
    "Santoso",
    "Hakimi",
    "Qureshi",
    "Malik",
    "Chaudhry",
    "Yilmaz",
    "Arslan",
    "Celik",
    "Petrenko",
    "Bondarenko",
    "Shevchuk",
    "Volkov",
    "Sokolov",
    "Asante",
    "Boateng",
    "Ndiaye",
    "Sow",
    "Camara",
    "Toure",
    "Mutua",
    "Wanjiru",
    "Tesfaye",
    "Girma",
    "Haile",
    "Warsame",
    "Farah",
    "Hersi",
    "Okonjo",
    "Amadi",
    "Lungu",
    "Mbatha",
    "Azevedo",
    "Carvalho",
    "Tkachenko",
    "Marinescu",
]

# Each form: (pattern, article, plural, is_person). Patterns may use {dem}, {name}, {cname},
# {cap} (country-bound forms), {town} and {P} (a generated person name).
FORMS: dict[str, list[tuple]] = {
    "CTRY": [("{name}", "{cart}", 0, 0)],
    "CAPGOV": [("{cap}", "", 0, 0)],
    "GOVEXEC": [
        ("{dem} government", "the", 0, 0),
        ("{dem} authorities", "", 1, 0),
        ("government of {cname}", "the", 0, 0),
        ("{dem} administration", "the", 0, 0),
        ("{dem} cabinet", "the", 0, 0),
        ("{dem} presidency", "the", 0, 0),
        ("{dem} government", "the", 0, 0),
        ("{dem} authorities", "", 1, 0),
    ],
    "GOVVERB": [
        ("{dem} foreign ministry", "the", 0, 0),
        ("{dem} officials", "", 1, 0),
        ("{dem} parliament", "the", 0, 0),
        ("{dem} lawmakers", "", 1, 0),
        ("{dem} trade ministry", "the", 0, 0),
        ("{dem} defence ministry", "the", 0, 0),
        ("{dem} interior ministry", "the", 0, 0),
        ("{dem} foreign ministry", "the", 0, 0),
    ],
    "MINISTRY": [
        ("{dem} foreign ministry", "the", 0, 0),
        ("{dem} trade ministry", "the", 0, 0),
        ("{dem} interior ministry", "the", 0, 0),
        ("{dem} finance ministry", "the", 0, 0),
        ("{dem} energy ministry", "the", 0, 0),
        ("{dem} parliament", "the", 0, 0),
    ],
    "HEAD": [
        ("{dem} President {P}", "", 0, 1),
        ("President {P}", "", 0, 1),
        ("Prime Minister {P}", "", 0, 1),
        ("{dem} Prime Minister {P}", "", 0, 1),
        ("{dem} leader {P}", "", 0, 1),
    ],
    "MINISTER": [
        ("Foreign Minister {P}", "", 0, 1),
        ("{dem} Foreign Minister {P}", "", 0, 1),
        ("Defence Minister {P}", "", 0, 1),
        ("{dem} Defence Minister {P}", "", 0, 1),
        ("Interior Minister {P}", "", 0, 1),
        ("Finance Minister {P}", "", 0, 1),
        ("{dem} Trade Minister {P}", "", 0, 1),
        ("Vice President {P}", "", 0, 1),
        ("{dem} Energy Minister {P}", "", 0, 1),
        ("{dem} Foreign Minister {P}", "", 0, 1),
    ],
    "MILU": [
        ("{dem} troops", "", 1, 0),
        ("{dem} army", "the", 0, 0),
        ("{dem} forces", "", 1, 0),
        ("{dem} air force", "the", 0, 0),
        ("{dem} navy", "the", 0, 0),
        ("{dem} soldiers", "", 1, 0),
        ("{dem} special forces", "", 1, 0),
        ("{dem} marines", "", 1, 0),
        ("government troops", "", 1, 0),
        ("{dem} armed forces", "the", 1, 0),
        ("{dem} military", "the", 0, 0),
        ("{dem} paratroopers", "", 1, 0),
    ],
    "MILC": [
        ("{dem} army", "the", 0, 0),
        ("{dem} military", "the", 0, 0),
        ("{dem} armed forces", "the", 1, 0),
        ("{dem} defence ministry", "the", 0, 0),
        ("{dem} army chief {P}", "", 0, 1),
        ("General {P}", "", 0, 1),
        ("{dem} military command", "the", 0, 0),
        ("{dem} general staff", "the", 0, 0),
    ],
    "POL": [
        ("{dem} police", "", 1, 0),
        ("police", "", 1, 0),
        ("riot police", "", 1, 0),
        ("{dem} security forces", "", 1, 0),
        ("security forces", "", 1, 0),
        ("{dem} riot police", "", 1, 0),
        ("{dem} border police", "", 1, 0),
        ("police in {cap}", "", 1, 0),
        ("{dem} intelligence service", "the", 0, 0),
        ("{dem} gendarmerie", "the", 0, 0),
        ("{dem} counter-terrorism police", "", 1, 0),
        ("plainclothes officers", "", 1, 0),
        ("{dem} secret police", "the", 1, 0),
    ],
    "CYB": [
        ("{dem} state-backed hackers", "", 1, 0),
        ("{dem} military intelligence", "", 0, 0),
        ("{dem} intelligence service", "the", 0, 0),
        ("{dem} cyber command", "the", 0, 0),
        ("hackers linked to the {dem} government", "", 1, 0),
    ],
    "IGOO": [
        ("United Nations", "the", 0, 0),
        ("UN", "the", 0, 0),
        ("UN Security Council", "the", 0, 0),
        ("NATO", "", 0, 0),
        ("European Union", "the", 0, 0),
        ("EU", "the", 0, 0),
        ("African Union", "the", 0, 0),
        ("Arab League", "the", 0, 0),
        ("ASEAN", "", 0, 0),
        ("OSCE", "the", 0, 0),
        ("ECOWAS", "", 0, 0),
        ("IMF", "the", 0, 0),
        ("World Bank", "the", 0, 0),
        ("World Health Organization", "the", 0, 0),
        ("UNHCR", "", 0, 0),
        ("World Food Programme", "the", 0, 0),
        ("International Atomic Energy Agency", "the", 0, 0),
        ("IAEA", "the", 0, 0),
        ("Organization of American States", "the", 0, 0),
        ("Gulf Cooperation Council", "the", 0, 0),
        ("African Union Commission", "the", 0, 0),
        ("SADC", "", 0, 0),
        ("IGAD", "", 0, 0),
        ("UNICEF", "", 0, 0),
        ("International Organization for Migration", "the", 0, 0),
        ("OPCW", "the", 0, 0),
        ("Commonwealth", "the", 0, 0),
        ("European Commission", "the", 0, 0),
        ("African Development Bank", "the", 0, 0),
    ],
    "IGOS": [  # bodies that sanction, suspend members or send monitors
        ("UN Security Council", "the", 0, 0),
        ("European Union", "the", 0, 0),
        ("EU", "the", 0, 0),
        ("African Union", "the", 0, 0),
        ("Arab League", "the", 0, 0),
        ("ECOWAS", "", 0, 0),
        ("Organization of American States", "the", 0, 0),
        ("Commonwealth", "the", 0, 0),
        ("SADC", "", 0, 0),
        ("OSCE", "the", 0, 0),
        ("ASEAN", "", 0, 0),
        ("United Nations", "the", 0, 0),
    ],
    "PKO": [  # bodies whose peacekeepers or monitors can be expelled
        ("UN", "the", 0, 0),
        ("African Union", "the", 0, 0),
        ("ECOWAS", "", 0, 0),
        ("EU", "the", 0, 0),
        ("OSCE", "the", 0, 0),
        ("SADC", "", 0, 0),
    ],
    "IGOP": [
        ("UN Secretary-General {P}", "", 0, 1),
        ("EU foreign policy chief {P}", "", 0, 1),
        ("NATO Secretary General {P}", "", 0, 1),
        ("UN envoy {P}", "", 0, 1),
        ("African Union envoy {P}", "", 0, 1),
        ("UN human rights chief {P}", "", 0, 1),
        ("Arab League chief {P}", "", 0, 1),
    ],
    "ARMG": [
        ("Hamas", "", 0, 0),
        ("Hezbollah", "", 0, 0),
        ("al-Shabaab", "", 0, 0),
        ("Boko Haram", "", 0, 0),
        ("Taliban", "the", 1, 0),
        ("Islamic State militants", "", 1, 0),
        ("Houthi rebels", "", 1, 0),
        ("FARC dissidents", "", 1, 0),
        ("ELN", "the", 0, 0),
        ("PKK", "the", 0, 0),
        ("M23 rebels", "", 1, 0),
        ("al-Qaeda", "", 0, 0),
        ("Kivu Liberation Front", "the", 0, 0),
        ("Northern Resistance Movement", "the", 0, 0),
        ("Azawad Patriotic Front", "the", 0, 0),
        ("Red River Brigades", "the", 1, 0),
        ("Sons of the Valley militia", "the", 0, 0),
        ("United Revolutionary Army", "the", 0, 0),
        ("Coastal Freedom Movement", "the", 0, 0),
        ("Mountain Lions Brigade", "the", 0, 0),
        ("Sahel Salvation Front", "the", 0, 0),
        ("Eastern Shield militia", "the", 0, 0),
        ("Black Crescent Brigade", "the", 0, 0),
        ("Free Highlands Army", "the", 0, 0),
        ("{dem} rebels", "", 1, 0),
        ("{dem} insurgents", "", 1, 0),
        ("{dem} militants", "", 1, 0),
        ("{dem} militiamen", "", 1, 0),
        ("armed separatists", "", 1, 0),
        ("gunmen", "", 1, 0),
        ("unidentified gunmen", "", 1, 0),
        ("militants", "", 1, 0),
        ("rebel fighters", "", 1, 0),
        ("pro-government militias", "", 1, 0),
        ("{dem} separatist fighters", "", 1, 0),
        ("jihadist fighters", "", 1, 0),
        ("{dem} rebels", "", 1, 0),
    ],
    "ARMP": [
        ("rebel commander {P}", "", 0, 1),
        ("militia leader {P}", "", 0, 1),
        ("rebel leader {P}", "", 0, 1),
    ],
    "OPPO": [
        ("National Renewal Party", "the", 0, 0),
        ("Democratic Alliance", "the", 0, 0),
        ("People's Liberty Party", "the", 0, 0),
        ("Movement for Change", "the", 0, 0),
        ("United Democratic Front", "the", 0, 0),
        ("Progressive Union", "the", 0, 0),
        ("Social Justice Party", "the", 0, 0),
        ("Green Future Party", "the", 0, 0),
        ("Citizens' Coalition", "the", 0, 0),
        ("opposition Freedom Party", "the", 0, 0),
        ("{dem} opposition", "the", 0, 0),
        ("opposition lawmakers", "", 1, 0),
        ("{dem} opposition parties", "", 1, 0),
        ("{dem} opposition coalition", "the", 0, 0),
    ],
    "OPPP": [
        ("opposition leader {P}", "", 0, 1),
        ("{dem} opposition leader {P}", "", 0, 1),
        ("presidential candidate {P}", "", 0, 1),
        ("former prime minister {P}", "", 0, 1),
        ("opposition figure {P}", "", 0, 1),
        ("opposition lawmaker {P}", "", 0, 1),
    ],
    "CROWD": [
        ("protesters", "", 1, 0),
        ("demonstrators", "", 1, 0),
        ("students", "", 1, 0),
        ("{dem} students", "", 1, 0),
        ("villagers", "", 1, 0),
        ("residents", "", 1, 0),
        ("farmers", "", 1, 0),
        ("activists", "", 1, 0),
        ("pro-democracy activists", "", 1, 0),
        ("opposition supporters", "", 1, 0),
        ("anti-government protesters", "", 1, 0),
        ("{dem} protesters", "", 1, 0),
        ("workers", "", 1, 0),
        ("{dem} workers", "", 1, 0),
        ("teachers", "", 1, 0),
        ("doctors", "", 1, 0),
        ("nurses", "", 1, 0),
        ("miners", "", 1, 0),
        ("truck drivers", "", 1, 0),
        ("dock workers", "", 1, 0),
        ("market traders", "", 1, 0),
        ("taxi drivers", "", 1, 0),
        ("environmental activists", "", 1, 0),
        ("women's rights activists", "", 1, 0),
        ("unemployed graduates", "", 1, 0),
        ("pensioners", "", 1, 0),
        ("Indigenous activists", "", 1, 0),
        ("{dem} farmers", "", 1, 0),
    ],
    "LABU": [
        ("{dem} Federation of Trade Unions", "the", 0, 0),
        ("national teachers' union", "the", 0, 0),
        ("dock workers' union", "the", 0, 0),
        ("{dem} Medical Association", "the", 0, 0),
        ("{dem} Teachers' Union", "the", 0, 0),
        ("trade unions", "", 1, 0),
        ("{dem} Labour Congress", "the", 0, 0),
        ("transport workers' union", "the", 0, 0),
        ("miners' union", "the", 0, 0),
    ],
    "LABC": [
        ("workers", "", 1, 0),
        ("{dem} doctors", "", 1, 0),
        ("teachers", "", 1, 0),
        ("dock workers", "", 1, 0),
        ("truck drivers", "", 1, 0),
        ("miners", "", 1, 0),
        ("nurses", "", 1, 0),
        ("transport workers", "", 1, 0),
        ("factory workers", "", 1, 0),
        ("oil workers", "", 1, 0),
        ("public sector workers", "", 1, 0),
        ("railway workers", "", 1, 0),
    ],
    "OUTLET": [
        ("Daily Meridian", "the", 0, 0),
        ("Northern Chronicle", "the", 0, 0),
        ("Al-Fajr Weekly", "", 0, 0),
        ("Coastal Observer", "the", 0, 0),
        ("Capital Times", "the", 0, 0),
        ("Radio Horizon", "", 0, 0),
        ("Horizon TV", "", 0, 0),
        ("Meridian News Network", "the", 0, 0),
        ("news website Kalam24", "", 0, 0),
        ("independent weekly La Voz Libre", "the", 0, 0),
        ("Evening Courier", "the", 0, 0),
        ("broadcaster Sky Delta", "", 0, 0),
    ],
    "JOURN": [
        ("journalists", "", 1, 0),
        ("{dem} journalists", "", 1, 0),
        ("journalist {P}", "", 0, 1),
        ("foreign correspondents", "", 1, 0),
        ("blogger {P}", "", 0, 1),
        ("editor {P}", "", 0, 1),
        ("photojournalist {P}", "", 0, 1),
        ("{dem} journalist {P}", "", 0, 1),
    ],
    "NGO": [
        ("Amnesty International", "", 0, 0),
        ("Human Rights Watch", "", 0, 0),
        ("Red Cross", "the", 0, 0),
        ("International Committee of the Red Cross", "the", 0, 0),
        ("Doctors Without Borders", "", 0, 0),
        ("Oxfam", "", 0, 0),
        ("Save the Children", "", 0, 0),
        ("Transparency International", "", 0, 0),
        ("Reporters Without Borders", "", 0, 0),
        ("Norwegian Refugee Council", "the", 0, 0),
        ("Greenpeace", "", 0, 0),
        ("Committee to Protect Journalists", "the", 0, 0),
        ("Sahel Rights Coalition", "the", 0, 0),
        ("Justice Watch Network", "the", 0, 0),
        ("Frontline Relief Alliance", "the", 0, 0),
        ("Global Witness", "", 0, 0),
        ("International Crisis Group", "the", 0, 0),
        ("{dem} Red Crescent", "the", 0, 0),
        ("{dem} rights groups", "", 1, 0),
        ("local aid groups", "", 1, 0),
    ],
    "BIZ": [
        ("Nordvik Energy", "", 0, 0),
        ("Sahel Mining Corp", "", 0, 0),
        ("Meridian Telecom", "", 0, 0),
        ("Atlas Shipping", "", 0, 0),
        ("Orion Petroleum", "", 0, 0),
        ("Kestrel Motors", "", 0, 0),
        ("Baltic Grain Holdings", "", 0, 0),
        ("Solenne Pharmaceuticals", "", 0, 0),
        ("Tigris Construction", "", 0, 0),
        ("Andes Copper", "", 0, 0),
        ("Pacific Rim Fisheries", "", 0, 0),
        ("Helix Software", "", 0, 0),
        ("Crescent Airlines", "", 0, 0),
        ("Vantage Bank", "", 0, 0),
        ("Zephyr Logistics", "", 0, 0),
        ("{dem} state oil company", "the", 0, 0),
        ("{dem} state energy firm", "the", 0, 0),
        ("foreign mining companies", "", 1, 0),
        ("Lumen Textiles", "", 0, 0),
    ],
    "COURT": [
        ("{dem} Supreme Court", "the", 0, 0),
        ("International Criminal Court", "the", 0, 0),
        ("Judge {P}", "", 0, 1),
        ("High Court in {cap}", "the", 0, 0),
        ("military tribunal", "a", 0, 0),
        ("{dem} anti-corruption court", "the", 0, 0),
        ("court in {cap}", "a", 0, 0),
        ("{dem} appeals court", "an", 0, 0),
        ("special tribunal", "a", 0, 0),
    ],
    "HICOURT": [
        ("{dem} Supreme Court", "the", 0, 0),
        ("{dem} Constitutional Court", "the", 0, 0),
        ("High Court in {cap}", "the", 0, 0),
    ],
    "PROS": [
        ("{dem} prosecutors", "", 1, 0),
        ("prosecutors", "", 1, 0),
        ("{dem} Attorney General {P}", "", 0, 1),
        ("chief prosecutor {P}", "", 0, 1),
        ("ICC prosecutors", "", 1, 0),
        ("state prosecutors", "", 1, 0),
    ],
    "REF": [
        ("refugees", "", 1, 0),
        ("{dem} refugees", "", 1, 0),
        ("migrants", "", 1, 0),
        ("asylum seekers", "", 1, 0),
        ("displaced families", "", 1, 0),
        ("{dem} migrants", "", 1, 0),
        ("Rohingya refugees", "", 1, 0),
        ("{dem} asylum seekers", "", 1, 0),
    ],
    "PERS": [
        ("journalist {P}", "", 0, 1),
        ("activist {P}", "", 0, 1),
        ("human rights activist {P}", "", 0, 1),
        ("dissident {P}", "", 0, 1),
        ("opposition figure {P}", "", 0, 1),
        ("blogger {P}", "", 0, 1),
        ("lawyer {P}", "", 0, 1),
        ("whistleblower {P}", "", 0, 1),
        ("former minister {P}", "", 0, 1),
        ("{P}", "", 0, 1),
        ("{dem} dissident {P}", "", 0, 1),
        ("student leader {P}", "", 0, 1),
        ("business tycoon {P}", "", 0, 1),
        ("former general {P}", "", 0, 1),
    ],
    "PRIS": [
        ("jailed journalist {P}", "", 0, 1),
        ("detained activist {P}", "", 0, 1),
        ("political prisoners", "", 1, 0),
        ("jailed opposition leader {P}", "", 0, 1),
        ("{dem} prisoners", "", 1, 0),
        ("imprisoned dissident {P}", "", 0, 1),
        ("detainees", "", 1, 0),
        ("{dem} detainees", "", 1, 0),
        ("jailed blogger {P}", "", 0, 1),
    ],
    "CAPT": [
        ("{dem} hostages", "", 1, 0),
        ("hostages", "", 1, 0),
        ("{dem} aid workers", "", 1, 0),
        ("{dem} sailors", "", 1, 0),
        ("{dem} fishermen", "", 1, 0),
        ("kidnapped {dem} engineers", "", 1, 0),
        ("abducted schoolchildren", "", 1, 0),
        ("captured {dem} soldiers", "", 1, 0),
        ("{dem} prisoners of war", "", 1, 0),
    ],
    "AMB": [
        ("{dem} ambassador", "the", 0, 0),
        ("{dem} diplomats", "", 1, 0),
        ("{dem} envoy {P}", "", 0, 1),
        ("{dem} charge d'affaires", "the", 0, 0),
        ("{dem} Ambassador {P}", "", 0, 1),
        ("{dem} consul general", "the", 0, 0),
    ],
    "NEWGOV": [
        ("{dem} transitional government", "the", 0, 0),
        ("{dem} interim government", "the", 0, 0),
        ("{dem} military junta", "the", 0, 0),
        ("{dem} transitional council", "the", 0, 0),
        ("new government in {cap}", "the", 0, 0),
    ],
    "MINOR": [
        ("Ardani minority", "the", 0, 0),
        ("Kessari community", "the", 0, 0),
        ("Molani people", "the", 1, 0),
        ("Sevari minority", "the", 0, 0),
        ("Tarkeshi community", "the", 0, 0),
        ("Volani minority", "the", 0, 0),
        ("ethnic Dharu", "", 1, 0),
        ("Zeyrek-speaking minority", "the", 0, 0),
    ],
    "VICT": [
        ("civilians", "", 1, 0),
        ("villagers", "", 1, 0),
        ("{dem} soldiers", "", 1, 0),
        ("{dem} police officers", "", 1, 0),
        ("aid workers", "", 1, 0),
        ("worshippers", "", 1, 0),
        ("farmers", "", 1, 0),
        ("rebel fighters", "", 1, 0),
        ("{dem} civilians", "", 1, 0),
        ("fishermen", "", 1, 0),
        ("miners", "", 1, 0),
        ("students", "", 1, 0),
        ("schoolchildren", "", 1, 0),
        ("displaced people", "", 1, 0),
        ("government soldiers", "", 1, 0),
        ("pro-government militiamen", "", 1, 0),
        ("peacekeepers", "", 1, 0),
        ("{dem} border guards", "", 1, 0),
        ("herders", "", 1, 0),
    ],
    "VICTC": [
        ("civilians", "", 1, 0),
        ("villagers", "", 1, 0),
        ("displaced people", "", 1, 0),
        ("women and girls", "", 1, 0),
        ("refugees", "", 1, 0),
        ("herders", "", 1, 0),
        ("farmers", "", 1, 0),
        ("worshippers", "", 1, 0),
        ("{dem} civilians", "", 1, 0),
        ("fishermen", "", 1, 0),
    ],
    "RESID": [
        ("residents of {town}", "", 1, 0),
        ("villagers", "", 1, 0),
        ("civilians in {town}", "", 1, 0),
        ("displaced families", "", 1, 0),
        ("besieged residents of {town}", "", 1, 0),
        ("the people of {town}", "", 1, 0),
        ("refugee camps near {town}", "", 1, 0),
    ],
    "LOC": [("{town}", "", 0, 0)],
    "MOB": [
        ("mob", "a", 0, 0),
        ("angry mob", "an", 0, 0),
        ("rioters", "", 1, 0),
        ("{dem} rioters", "", 1, 0),
        ("armed youths", "", 1, 0),
        ("vigilantes", "", 1, 0),
        ("herders", "", 1, 0),
        ("{dem} vigilantes", "", 1, 0),
    ],
    "INSP": [
        ("International Atomic Energy Agency", "the", 0, 0),
        ("IAEA", "the", 0, 0),
        ("OPCW", "the", 0, 0),
        ("United Nations", "the", 0, 0),
        ("UN", "the", 0, 0),
        ("OSCE", "the", 0, 0),
    ],
    "IGOH": [  # humanitarian bodies
        ("World Food Programme", "the", 0, 0),
        ("UNHCR", "", 0, 0),
        ("UNICEF", "", 0, 0),
        ("World Health Organization", "the", 0, 0),
        ("International Organization for Migration", "the", 0, 0),
        ("United Nations", "the", 0, 0),
        ("UN", "the", 0, 0),
        ("UN refugee agency", "the", 0, 0),
    ],
    "IGOF": [  # lenders and donors
        ("World Bank", "the", 0, 0),
        ("IMF", "the", 0, 0),
        ("African Development Bank", "the", 0, 0),
        ("European Union", "the", 0, 0),
        ("European Commission", "the", 0, 0),
        ("Asian Development Bank", "the", 0, 0),
        ("Islamic Development Bank", "the", 0, 0),
        ("EU", "the", 0, 0),
    ],
}

COMPOSITE = {
    "GOV": [
        ("CTRY", 25),
        ("CAPGOV", 10),
        ("GOVEXEC", 20),
        ("GOVVERB", 20),
        ("HEAD", 12),
        ("MINISTER", 13),
    ],
    "STATE": [("CTRY", 45), ("CAPGOV", 15), ("GOVEXEC", 40)],
    "LEAD": [("HEAD", 45), ("MINISTER", 55)],
    "MIL": [("MILU", 75), ("MILC", 25)],
    "ARM": [("ARMG", 88), ("ARMP", 12)],
    "OPP": [("OPPO", 60), ("OPPP", 40)],
    "IGO": [("IGOO", 80), ("IGOP", 20)],
    "LAB": [("LABU", 50), ("LABC", 50)],
    "MED": [("OUTLET", 40), ("JOURN", 60)],
    "CIV": [("CROWD", 65), ("PERS", 35)],
    "JUD": [("COURT", 50), ("PROS", 50)],
    "PEOPLE": [("PERS", 35), ("CROWD", 30), ("JOURN", 15), ("OPPP", 10), ("LABC", 10)],
    "VIS": [("HEAD", 35), ("MINISTER", 40), ("IGOP", 20), ("OPPP", 5)],
    "IGOA": [("IGOH", 50), ("IGOF", 50)],
}

# Kinds that stand for a state (or its organs): two of them in one record are from different countries.
STATE_LEVEL = {
    "CTRY",
    "CAPGOV",
    "GOVEXEC",
    "GOVVERB",
    "HEAD",
    "MINISTER",
    "MILU",
    "MILC",
    "POL",
    "AMB",
    "NEWGOV",
    "CYB",
}
# Kinds that carry no country.
PERSON_KINDS = {"HEAD", "MINISTER", "IGOP", "OPPP", "ARMP", "PERS"}


# --------------------------------------------------------------------------------------
# Filler pools ({NAME} in templates)
# --------------------------------------------------------------------------------------

TOWNS = [
    "Karvona",
    "Tal Rumman",
    "San Esteban",
    "Novoberezhsk",
    "Port Aurelia",
    "Bir Zaytun",
    "Mbori",
    "Qasr al-Nour",
    "Vrhovo",
    "Dunmore Bay",
    "Ouro Tinto",
    "Ras Kamal",
    "Santa Lucila",
    "Kelmet",
    "Ain Dhira",
    "Marovka",
    "Lokwani",
    "Jebel Sarif",
    "Puerto Real",
    "Tamboula",
    "Hadra",
    "Zaruk",
    "Nova Esperanca",
    "Kafr Safi",
    "Bodensk",
    "Makena",
    "Sidi Ouarzi",
    "Yelgora",
    "Kolwe",
    "El Mirador",
    "Dar Salim",
    "Ostrava Nova",
    "Garissa Springs",
    "Tindouf Wells",
    "Lapaz Norte",
    "Sabir",
    "Umm Tarfa",
    "Kivale",
    "Nyamira Hills",
    "Batuhari",
    "Pelagonia",
]
PROVINCES = [
    "Kessar",
    "Upper Volan",
    "Merrin",
    "Talvik",
    "North Zaru",
    "Hadramiya",
    "Lower Sava",
    "Ardan",
    "Kaltenberg",
    "Sierra Alta",
    "Wadi Nahr",
    "Lumbe",
]

POOLS: dict[str, list[str]] = {
    "DAY": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "MONTH": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "YEAR": [str(y) for y in range(2009, 2024)],
    "DIR": [
        "northern",
        "southern",
        "eastern",
        "western",
        "north-eastern",
        "south-western",
        "central",
        "coastal",
        "north-western",
        "south-eastern",
    ],
    "N": [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "11",
        "12",
        "14",
        "15",
        "17",
        "20",
        "23",
        "26",
        "30",
        "35",
        "40",
    ],
    "NUMBIG": [
        "3,000",
        "several thousand",
        "about 1,500",
        "more than 10,000",
        "some 800",
        "at least 2,000",
        "20,000",
        "nearly 5,000",
        "tens of thousands of",
        "hundreds of",
    ],
    "TOPIC": [
        "trade",
        "border security",
        "the peace process",
        "energy cooperation",
        "climate policy",
        "migration",
        "counter-terrorism",
        "the refugee crisis",
        "regional security",
        "economic ties",
        "water sharing",
        "nuclear non-proliferation",
        "maritime security",
        "the reconstruction of {TOWN}",
        "debt relief",
        "food security",
        "public health",
        "arms control",
        "fisheries",
        "cybersecurity",
        "drug trafficking",
        "the upcoming elections",
        "a prisoner exchange",
        "investment",
        "infrastructure projects",
        "the humanitarian situation in {TOWN}",
        "visa rules",
        "grain exports",
    ],
    "ISSUE": [
        "the disputed border",
        "water rights",
        "fishing rights",
        "trade tariffs",
        "the nuclear programme",
        "oil revenues",
        "the contested election",
        "the status of {TOWN}",
        "grazing land",
        "gas exploration rights",
        "the treatment of minorities",
        "the new constitution",
        "fuel prices",
        "land reform",
        "a dam on the shared river",
        "control of the port of {TOWN}",
        "mining concessions",
    ],
    "AGREEMENT": [
        "trade agreement",
        "security pact",
        "defence cooperation agreement",
        "free trade deal",
        "peace accord",
        "border agreement",
        "memorandum of understanding on energy",
        "investment treaty",
        "extradition treaty",
        "fisheries agreement",
        "nuclear accord",
        "visa waiver agreement",
        "grain export deal",
        "non-aggression pact",
        "water-sharing agreement",
        "customs agreement",
    ],
    "GOODS": [
        "food aid",
        "medical supplies",
        "tents and blankets",
        "emergency food rations",
        "vaccines",
        "drinking water",
        "fuel",
        "winter clothing",
        "wheat",
        "shelter kits",
        "hygiene kits",
        "generators",
        "surgical equipment",
        "water purification tablets",
        "baby formula",
        "seeds and fertiliser",
    ],
    "AMT": [
        "$50 million",
        "$1.2 billion",
        "300 million euros",
        "$75 million",
        "200 million euros",
        "$4 million",
        "$500,000",
        "20 million pounds",
        "$18 million",
        "$2.5 billion",
        "$120 million",
        "15 million euros",
        "$640 million",
        "$9 million",
    ],
    "WEAPONS": [
        "armoured vehicles",
        "air-defence systems",
        "artillery shells",
        "small arms and ammunition",
        "patrol boats",
        "anti-tank missiles",
        "night-vision equipment",
        "surveillance drones",
        "transport helicopters",
        "rifles and body armour",
        "coastal radar systems",
    ],
    "CRIME": [
        "corruption",
        "war crimes",
        "fraud",
        "money laundering",
        "human rights abuses",
        "violating the ceasefire",
        "rigging the election",
        "espionage",
        "financing terrorism",
        "abuse of power",
        "embezzling public funds",
        "crimes against humanity",
        "torturing detainees",
        "smuggling weapons",
        "inciting violence",
        "tax evasion",
        "bribery",
        "illegal arms sales",
    ],
    "CRIME_VP": [
        "rigged the election",
        "violated the ceasefire",
        "embezzled public funds",
        "tortured detainees",
        "funded armed groups",
        "spied on opposition politicians",
        "smuggled weapons across the border",
        "covered up the killings of protesters",
        "bribed officials",
        "shelled civilian areas",
        "forged official documents",
    ],
    "INCIDENT": [
        "the downing of a passenger plane",
        "the bombing in {TOWN}",
        "the disappearance of {N} fishermen",
        "the cyberattack on the central bank",
        "the killing of a local official",
        "the sinking of a ferry",
        "the border shooting",
        "the deaths of {N} migrants at sea",
        "the explosion at the port of {TOWN}",
        "the collapse of a dam near {TOWN}",
        "the crash of a military helicopter",
    ],
    "PRAISE": [
        "role in the peace talks",
        "handling of the crisis",
        "efforts to fight corruption",
        "commitment to democracy",
        "humanitarian work",
        "support for refugees",
        "economic reforms",
        "restraint",
        "leadership on {TOPIC}",
        "cooperation on {TOPIC}",
        "mediation efforts",
        "response to the floods",
    ],
    "PLAN": [
        "peace plan",
        "reform agenda",
        "economic recovery plan",
        "proposal for a regional security pact",
        "roadmap for elections",
        "constitutional reform proposals",
        "initiative on {TOPIC}",
        "candidacy",
        "ceasefire proposal",
        "plan for {TOPIC}",
        "anti-corruption drive",
        "bid to host the summit",
    ],
    "GOODDECISION": [
        "release political prisoners",
        "hold elections",
        "join the peace talks",
        "lift the state of emergency",
        "reform the police",
        "allow independent monitors",
        "reopen the border",
        "grant an amnesty",
    ],
    "EFFORT": [
        "end the conflict",
        "stabilise the economy",
        "fight corruption",
        "hold free elections",
        "rebuild {TOWN}",
        "reach a peace deal",
        "protect civilians",
        "reform the judiciary",
    ],
    "COOPACT": [
        "expand trade links",
        "reopen border crossings",
        "hold regular security consultations",
        "set up a joint task force on {TOPIC}",
        "resume direct flights",
        "cooperate on {TOPIC}",
        "exchange prisoners",
        "build a joint power plant",
        "share information on {TOPIC}",
        "coordinate their positions on {TOPIC}",
    ],
    "COND": [
        "the fighting stopped",
        "all preconditions were dropped",
        "the talks were held in a neutral country",
        "the ceasefire held",
        "sanctions were lifted",
        "the hostages were released",
        "a date could be agreed",
        "the security situation improved",
    ],
    "THREAT_COND": [
        "its forces came under attack again",
        "the blockade was not lifted",
        "the talks collapsed",
        "its demands were ignored",
        "foreign troops crossed the border",
        "the hostages were not released",
        "the missile tests continued",
        "the deadline passed",
    ],
    "GOODS_REQ": [
        "emergency aid",
        "financial assistance",
        "military assistance",
        "air-defence systems",
        "food aid",
        "debt relief",
        "technical assistance",
        "help in rebuilding {TOWN}",
        "medical supplies",
        "budget support",
        "a bridging loan",
    ],
    "DEMAND_ASSIST": [
        "provide emergency aid",
        "send more humanitarian supplies",
        "supply air-defence systems",
        "provide financial assistance",
        "help rebuild {TOWN}",
        "share intelligence on {TOPIC}",
        "deliver more vaccines",
        "fund the reconstruction effort",
        "take in more refugees",
    ],
    "DEMAND_CHANGE": [
        "hold early elections",
        "reform the electoral law",
        "scrap the new tax on fuel",
        "respect human rights",
        "abandon the nuclear programme",
        "end corruption",
        "investigate the killings of protesters",
        "restore constitutional order",
        "reverse {Tposs} decision on {ISSUE}",
        "hand power to a civilian government",
        "allow independent observers to monitor the vote",
        "stop supporting armed groups",
        "crack down on smuggling",
        "protect press freedom",
        "adopt a new constitution",
    ],
    "DEMAND_YIELD": [
        "release detained protesters",
        "free all political prisoners",
        "lift the blockade of {TOWN}",
        "withdraw {Tposs} forces from {TOWN}",
        "end the curfew",
        "lift the sanctions on {TOWN}",
        "declare a ceasefire",
        "release the hostages",
        "ease restrictions on the media",
        "halt {Tposs} offensive",
        "reopen the border crossings",
        "lift the state of emergency",
        "pull {Tposs} forces back from the frontier",
    ],
    "DEMAND_MEET": [
        "return to the negotiating table",
        "resume talks",
        "join the peace talks in {VENUE}",
        "hold direct talks with {X}",
        "attend the summit in {VENUE}",
        "open a dialogue with the opposition",
        "send a delegation to the talks",
        "meet mediators in {VENUE}",
    ],
    "DEMANDNOUN": [
        "early elections",
        "higher wages",
        "electoral reform",
        "the release of detained activists",
        "the resignation of the interior minister",
        "lower fuel prices",
        "a new constitution",
        "greater regional autonomy",
        "an independent inquiry",
        "press freedom",
    ],
    "PLAN_CHANGE": [
        "constitutional reform",
        "a power-sharing government",
        "a transitional council",
        "new elections",
        "regional autonomy",
        "an international inquiry",
        "a federal system",
    ],
    "POLICY": [
        "fuel price increase",
        "media law",
        "tax on mobile money",
        "constitutional amendment",
        "pension reform",
        "ban on street trading",
        "land registration law",
        "cybercrime bill",
    ],
    "ACTION": [
        "crackdown on protesters",
        "military operations in {TOWN}",
        "decision to expel foreign journalists",
        "treatment of migrants",
        "handling of the election",
        "human rights record",
        "new security law",
        "missile tests",
        "interference in the election",
        "detention of activists",
        "blockade of {TOWN}",
        "support for armed groups",
        "use of force against demonstrators",
        "role in the conflict",
        "refusal to cooperate with investigators",
        "incursion into {TOWN}",
        "mistreatment of prisoners",
        "seizure of farmland",
    ],
    "ACTION_GEN": [
        "the shelling of border villages",
        "alleged violations of its airspace",
        "remarks by senior officials",
        "the detention of its nationals",
        "a spying incident",
        "the treatment of its citizens",
        "hostile statements in the press",
        "the seizure of a fishing vessel",
    ],
    "LAWSUIT": [
        "unpaid contracts",
        "environmental damage",
        "defamation",
        "breach of contract",
        "the seizure of assets",
        "pollution of the river",
        "the cancellation of a licence",
        "unpaid royalties",
    ],
    "GRIEVANCE": [
        "decision to raise fuel prices",
        "new tax law",
        "handling of the economy",
        "plans to close the factory",
        "decision to postpone the elections",
        "land seizures",
        "pay cuts",
        "pension reform",
        "corruption scandal",
        "plan to privatise the railways",
    ],
    "COMMODITY": [
        "grain",
        "natural gas",
        "steel",
        "coffee",
        "electricity",
        "rice",
        "copper",
        "fertiliser",
        "crude oil",
        "timber",
        "cotton",
        "cement",
    ],
    "PROJECT": [
        "an offshore gas field",
        "a copper mine near {TOWN}",
        "a new port in {TOWN}",
        "a solar power plant",
        "a lithium processing plant",
        "a hydroelectric dam",
    ],
    "TOPIC_SEC": [
        "militant networks",
        "arms smuggling",
        "cross-border threats",
        "terror suspects",
        "drug trafficking routes",
        "human smuggling",
        "cyber threats",
        "piracy off the coast",
        "foreign fighters",
    ],
    "DISASTER": [
        "the earthquake",
        "severe flooding",
        "the cyclone",
        "a deadly landslide",
        "the drought",
        "wildfires",
        "the tsunami",
    ],
    "PRISONERS": [
        "the detained activists",
        "the hostages",
        "political prisoners",
        "the captured soldiers",
        "the jailed journalists",
        "the detained fishermen",
    ],
    "PNAME": [
        "businessman {PN}",
        "former minister {PN}",
        "a fugitive banker",
        "a wanted militant",
        "former intelligence chief {PN}",
        "tycoon {PN}",
    ],
    "SUMMIT": [
        "G20 summit",
        "UN General Assembly",
        "NATO summit",
        "African Union summit",
        "ASEAN summit",
        "Commonwealth summit",
        "climate conference",
        "Munich Security Conference",
        "Arab League summit",
        "Gulf security forum",
    ],
    "FORUM": ["NATO", "EU", "ASEAN", "African Union", "Arab League", "G7", "G20", "OSCE"],
    "VENUE": [
        "Geneva",
        "Vienna",
        "Doha",
        "Addis Ababa",
        "Nairobi",
        "Oslo",
        "Brussels",
        "New York",
        "Istanbul",
        "Cairo",
        "Jakarta",
        "Astana",
        "Abu Dhabi",
        "Muscat",
        "Singapore",
        "Lisbon",
        "Helsinki",
        "Accra",
        "Montevideo",
        "Kigali",
        "Baku",
        "Luanda",
    ],
    "CRIME_BIZ": [
        "fraud",
        "bribery",
        "tax evasion",
        "money laundering",
        "price fixing",
        "illegal arms sales",
        "breaching sanctions",
        "polluting the river",
        "falsifying safety reports",
        "paying kickbacks",
    ],
    "BIZACTION": [
        "pollution of the river",
        "treatment of workers",
        "mass layoffs",
        "tax avoidance",
        "price hikes",
        "land grabs near {TOWN}",
        "safety record",
        "dealings with the military",
    ],
    "TOWN": TOWNS,
    "PROV": PROVINCES,
}


# --------------------------------------------------------------------------------------
# Templates
#   one per line:  mode | modality | roles | pattern
#   mode "-" = none; a leading "!" marks a negated template ("!-" negated without mode).
#   modality: "-" (type default), A actual, I intended, H hypothetical.
#   roles: "-" or "S=K1,K2;T=K;X=K;dom=0.8;tag=apology" (K = actor kind, repeat for weight;
#     dom = chance that source and target come from the same country).
#   pattern tokens: {S} {T} {X} actors (with article); {S's} possessive; {S-} bare name;
#     {Spro} {Sposs} {Tpro} {Tposs} {Sobj} {Tobj}; {SCAP} {TCAP} capital of the actor's country;
#     {when} {where} {fwhen} optional adjuncts; {had} backshift slot under "X said";
#     {a|b} choice; [S:sing|plur] agreement; {POOL} fillers.
# --------------------------------------------------------------------------------------

DEFAULT_ROLES = {
    "AGREE": ("GOV,GOV,IGO", "GOV,GOV,IGO", 0.0),
    "CONSULT": ("GOV,GOV,GOV,IGO,OPP", "GOV,GOV,GOV,IGO", 0.0),
    "SUPPORT": ("GOV,GOV,IGO,NGO", "GOV,GOV,IGO,OPP", 0.15),
    "CONCEDE": ("STATE,LEAD", "OPPO,CROWD,OUTLET,NGO,LAB,PRIS", 0.8),
    "COOPERATE": ("STATE,STATE,MILU,IGOO", "STATE,STATE,MILU,IGOO", 0.0),
    "AID": ("STATE,STATE,IGOA,NGO", "CTRY,STATE,RESID,REF,LOC", 0.1),
    "RETREAT": ("STATE,MILU,ARMG", "STATE,MILU,ARMG", 0.4),
    "REQUEST": ("GOV,GOV,IGO,NGO,OPP", "GOV,GOV,ARMG,OPPO", 0.3),
    "ACCUSE": ("GOV,GOV,IGO,NGO,OPP,MED", "GOV,GOV,MIL,POL,ARMG,OPP,BIZ", 0.4),
    "REJECT": ("GOV,GOV,ARMG,OPP", "GOV,GOV,IGO,OPP,ARMG", 0.25),
    "THREATEN": ("GOV,GOV,ARMG,MILC", "GOV,GOV,ARMG,OPPO,CTRY", 0.2),
    "PROTEST": ("CROWD,CROWD,LAB,OPPO", "GOVEXEC,GOVEXEC,CAPGOV,LEAD,BIZ", 0.9),
    "SANCTION": ("STATE,STATE,IGOS", "STATE,STATE,BIZ,LEAD", 0.0),
    "MOBILIZE": ("MILC,MILC,CTRY,STATE", "CTRY,STATE,ARMG,MILU", 0.1),
    "COERCE": ("POL,POL,STATE", "PEOPLE", 0.9),
    "ASSAULT": ("MILU,ARMG,POL", "VICT,MILU,ARMG,POL,PEOPLE,LOC", 0.5),
}

T_AGREE = r"""
-|-|-|{S} agreed to hold talks with {T}{fwhen}.
-|-|-|{S} [S:has|have] agreed to resume negotiations with {T} on {TOPIC}.
-|-|-|{S} {pledged|promised|vowed} to work with {T} on {TOPIC}.
-|-|-|{S} [S:is|are] willing to meet {T}, a spokesperson said{when}.
-|-|-|{S} will meet {T}{fwhen} to discuss {TOPIC}.
-|-|S=VIS;T=CTRY|{S} will {travel to|visit} {T}{fwhen} for talks on {TOPIC}.
-|-|S=GOV,LEAD,IGO,NGO;T=GOV,LEAD,ARMG,OPP;X=GOV,ARMG,OPP|{S} offered to mediate between {T} and {X}.
-|-|S=STATE,LEAD,IGO;T=GOV,LEAD,ARMG,OPP;X=GOV,ARMG,OPP|{S} [S:has|have] offered to host peace talks between {T} and {X}.
-|-|-|{S} promised {T} continued political support{when}.
-|-|-|{S} said {Spro} [S:was|were] ready to sign a {AGREEMENT} with {T}.
-|-|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} [S:is|are] expected to sign a {AGREEMENT} with {T}{fwhen}.
-|-|-|{S} and {T} agreed to set up a joint commission on {TOPIC}.
-|-|S=VIS;T=STATE,LEAD|{S} accepted an invitation from {T} to {visit|travel to} {TCAP}{fwhen}.
-|-|S=STATE,LEAD;T=CTRY|{S} invited {T} to send a delegation to {SCAP} for talks on {TOPIC}.
-|-|S=STATE,LEAD;T=LEAD,IGOP|{S} invited {T} {for a state visit|to visit {SCAP}|to attend a summit in {SCAP}}{fwhen}.
-|-|-|{S} signalled {Sposs} readiness to negotiate with {T}{when}.
-|-|-|{S} expressed willingness to cooperate with {T} on {TOPIC}.
-|-|S=STATE,GOVVERB;T=STATE,GOVVERB|{S} [S:has|have] committed to sharing intelligence on {TOPIC_SEC} with {T}.
-|-|S=STATE,IGOA,NGO;T=STATE,REF|{S} promised to provide {T} with {GOODS}.
-|-|S=CTRY,CAPGOV,GOVEXEC;T=CTRY|{S} announced plans to open an embassy in {T}.
-|-|-|{S} said {Spro} [S:was|were] ready to resume dialogue with {T}.
-|-|X=GOV,IGO,NGO|the offer by {S} to negotiate with {T} was {welcomed|cautiously welcomed} by {X}.
-|-|X=GOV,IGOO|{S's} pledge to {stand by|support} {T} came as tensions with {X} {rose|mounted}.
-|-|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} will sign a {AGREEMENT} with {T}{fwhen}, officials said.
-|-|S=VIS;T=CTRY|{S} [S:is|are] set to visit {T}{fwhen}.
-|-|S=VIS;T=CTRY|{S} [S:plans|plan] to travel to {T}{fwhen} for talks on {TOPIC}.
-|-|S=STATE,ARMG,MILC;T=STATE,ARMG,MILC|{S} agreed in principle to a prisoner exchange with {T}.
-|-|S=STATE,LEAD,ARMG,OPPO;T=STATE,ARMG,OPPO|{S} called for an end to the fighting with {T}{when}.
-|-|S=ARMG,OPP,GOV;T=GOV,LEAD,ARMG|{S} said {Spro} [S:was|were] open to talks with {T}.
-|-|-|{S} agreed to cooperate with {T} in the investigation into {INCIDENT}.
-|-|S=STATE,IGOA;T=STATE|{S} offered {T} a loan of {AMT}{when}.
-|-|T=CTRY,STATE;X=IGOS|{S} promised to back {T's} bid for membership of {X}.
-|-|S=STATE,LEAD;T=LEAD,IGOP,GOVVERB|{S} will host {T}{fwhen} for talks on {TOPIC}.
-|-|S=LEAD,IGOP;T=LEAD,IGOP|{S} [S:is|are] scheduled to meet {T} on the sidelines of the {SUMMIT}{fwhen}.
-|-|S=VIS|{S} announced plans to travel to {VENUE} to meet {T}{fwhen}.
-|-|-|the agreement by {S} to resume talks with {T} was announced{when}.
-|-|-|{S} reached an agreement with {T} to {COOPACT}.
-|-|S=IGOS,STATE,NGO;T=CTRY|{S} expressed readiness to send election observers to {T}.
-|-|-|{S} promised to consider {T's} proposal on {TOPIC}.
-|-|-|{S} [S:has|have] given assurances to {T} that {Spro} will honour the {AGREEMENT}.
-|-|S=STATE,LEAD,IGOA;T=CTRY,STATE|{S} pledged {AMT} to {T} at a donors' conference in {VENUE}.
-|-|-|{S} accepted {T's} offer of talks on {TOPIC}.
-|-|-|{S} agreed to a request from {T} to {COOPACT}.
-|-|-|{S} [S:has|have] vowed to deepen cooperation with {T} on {TOPIC}.
-|-|-|{S} [S:intends|intend] to sign a {AGREEMENT} with {T}{fwhen}, according to {X2}.
-|-|-|{S} told {T} that {Spro} [S:was|were] prepared to {COOPACT}.
-|-|-|{S} [S:agrees|agree] to {COOPACT} with {T}.
-|-|-|{S} welcomed {T's} proposal for talks and agreed to take part.
-|-|S=STATE,LEAD;T=STATE,LEAD,IGOO|{S} promised to ratify the {AGREEMENT} with {T}{fwhen}.
-|-|S=STATE,IGOA;T=STATE,REF,LOC|{S} pledged to send {GOODS} to {T}{fwhen}.
-|-|S=STATE,LEAD,MILC;T=STATE,MILC|{S} offered to share intelligence on {TOPIC_SEC} with {T}.
-|H|-|{S} said {Spro} would meet {T} if {COND}.
-|H|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} could sign a {AGREEMENT} with {T} as early as next month, officials said.
-|H|-|{S} would be prepared to resume talks with {T} if {COND}.
-|H|S=VIS|{S} said {Spro} might {visit|travel to} {TCAP} for talks with {T} if {COND}.
-|H|S=STATE,IGOA;T=STATE|{S} said {Spro} could provide {T} with {GOODS} if {COND}.
!-|-|-|{S} [S:has|have] not agreed to hold talks with {T}.
!-|-|-|{S} did not commit to {COOPACT} with {T}.
!-|-|-|{S} made no promise to support {T}{when}.
!-|-|-|{S} [S:has|have] yet to agree to a meeting with {T}.
!-|-|-|{S} stopped short of pledging support for {T}.
!-|-|X=GOV,ARMG,OPP|{S} did not offer to mediate between {T} and {X}.
"""

T_CONSULT = r"""
-|-|-|{S} held talks with {T}{when}{where}.
-|-|-|{S} {had}met {T}{when}{where} to discuss {TOPIC}.
-|-|-|{S} [S:has|have] met with {T} to discuss {TOPIC}.
-|-|-|{S} and {T} discussed {TOPIC} during a meeting{when}{where}.
-|-|-|a meeting between {S} and {T}{when} focused on {TOPIC}.
-|-|-|talks between {S} and {T} on {TOPIC} ended{when} without a breakthrough.
-|-|-|{S} {had}negotiated with {T} over {ISSUE}{when}.
-|-|-|{S} [S:is|are] holding talks with {T} on {TOPIC}.
-|-|-|{S} {conferred|consulted} with {T} on {TOPIC}{when}.
-|-|-|{S} sat down with {T} for a {second|third|fresh|new} round of negotiations{where}.
-|-|-|{T} [T:was|were] consulted by {S} on {TOPIC}{when}.
-|-|-|{T} met with {S}{when}{where}.
-|-|-|{S} held closed-door talks with {T} in {VENUE}{when}.
-|-|-|{S} opened negotiations with {T} on {TOPIC}.
-|-|-|{S's} talks with {T} in {VENUE} lasted more than {two|three|four|five} hours.
-|-|S=STATE,LEAD,ARMG,OPPO;T=STATE,LEAD,ARMG,OPPO|{S} and {T} held a {fresh|new|second} round of peace talks in {VENUE}{when}.
-|-|-|{S} briefed {T} on {TOPIC}{when}.
-|-|S=CTRY|envoys from {S} met {T} in {VENUE}{when}.
-|-|-|{S} discussed {TOPIC} with {T} at a meeting in {VENUE}.
-|-|-|{S} engaged in {lengthy|intensive|exploratory} talks with {T} on {TOPIC}.
-|-|-|{S} received a delegation from {T}{when}.
-|-|-|{S} and {T} {have|had} been negotiating {over|on} {ISSUE} for {N} months.
-|-|S=LEAD,IGOP;T=LEAD,IGOP,OPPP|{S} {had}met {T} over dinner in {VENUE}{when}.
visit|-|S=VIS;T=CTRY|{S} {had}visited {T}{when} for talks on {TOPIC}.
visit|-|S=VIS;T=CTRY|{S} arrived in {T} {for a two-day visit|on an official visit|on a state visit}{when}.
visit|-|S=VIS;T=HEAD,MINISTER|{S} [S:was|were] received by {T} in {TCAP}{when}.
visit|-|S=VIS;T=CTRY,CAPGOV,HEAD|{T} hosted {S}{when}{where}.
visit|-|S=VIS;T=CTRY,HEAD|{S} paid a visit to {T}{when}.
visit|-|S=VIS;T=CTRY|{S's} visit to {T}{when} focused on {TOPIC}.
visit|-|S=VIS;T=CTRY|{S} discussed {TOPIC} with officials during a {two-day|three-day|brief} trip to {T}.
visit|-|S=VIS;T=CTRY|{S} travelled to {T} for talks on {TOPIC}{when}.
visit|-|S=VIS;T=CTRY|{S} made a surprise visit to {T}{when}.
visit|-|S=GOV,IGOO,OPPO;T=HEAD,MINISTER|a delegation from {S} visited {T} in {TCAP}{when}.
visit|-|S=VIS;T=HEAD,MINISTER|{T} welcomed {S} to {TCAP} for {a state visit|talks}{when}.
visit|-|S=VIS;T=CTRY|{S} began a {three-day|week-long|two-day} visit to {T}{when}.
phone|-|S=LEAD,LEAD,GOV,IGOP;T=LEAD,LEAD,GOV,IGOP|{S} held a phone call with {T}{when}.
phone|-|S=LEAD,LEAD,GOV,IGOP;T=LEAD,LEAD,GOV,IGOP|{S} spoke by telephone with {T}{when} about {TOPIC}.
phone|-|-|{S} and {T} held a video conference on {TOPIC}{when}.
phone|-|S=LEAD,LEAD,GOV,IGOP;T=LEAD,LEAD,GOV,IGOP|in a phone call with {T}{when}, {S} discussed {TOPIC}.
phone|-|S=LEAD,LEAD,IGOP;T=LEAD,LEAD,IGOP|{S} {had}phoned {T} to discuss {TOPIC}.
phone|-|S=LEAD,LEAD,IGOP;T=LEAD,LEAD,IGOP|{S} {had}called {T}{when} to discuss {TOPIC}.
phone|-|S=LEAD,LEAD,IGOP;T=LEAD,LEAD,IGOP|{S} called {T} {on Monday|on Friday|late on Sunday} to talk about {TOPIC}.
phone|-|S=LEAD,LEAD,GOV,IGOP;T=LEAD,LEAD,GOV,IGOP|{S} spoke to {T} by phone{when}.
phone|-|-|{S} held virtual talks with {T} on {TOPIC}.
third-party|-|X=STATE,IGOO|{S} met {T} in {VENUE} for talks hosted by {X}.
third-party|-|X=STATE,IGOO|talks between {S} and {T}, mediated by {X}, resumed in {VENUE}{when}.
third-party|-|X=STATE,IGOO|{S} and {T} held indirect talks through mediators from {X}.
third-party|-|X=STATE,IGOO|representatives of {S} and {T} met in {VENUE} under the auspices of {X}.
third-party|-|X=GOV,IGO|{X} brokered a meeting between {S} and {T}{when}.
third-party|-|S=STATE,LEAD,IGO;T=STATE,ARMG,OPPO;X=STATE,ARMG,OPPO|{S} mediated talks between {T} and {X}{when}.
multilateral|-|-|{S} met {T} on the sidelines of the {SUMMIT} in {VENUE}.
multilateral|-|-|{S} and {T} held talks at a {SUMMIT} in {VENUE}.
multilateral|-|-|on the margins of the {SUMMIT}, {S} held talks with {T}.
multilateral|-|S=MINISTER,GOVVERB;T=MINISTER,GOVVERB|at a meeting of {FORUM} foreign ministers{when}, {S} held talks with {T}.
multilateral|-|-|{S} and {T} met during the {SUMMIT} in {VENUE}{when}.
!-|-|-|{S} did not meet {T}{when}, officials said.
!-|-|-|{S} [S:has|have] not held talks with {T} since {YEAR}.
!phone|-|S=LEAD,GOV;T=LEAD,GOV|{S} and {T} have not spoken by phone since {YEAR}.
!-|-|-|no talks were held between {S} and {T}{when}.
!visit|-|S=VIS;T=CTRY|{S} did not visit {T} during {Sposs} regional tour.
"""

T_SUPPORT = r"""
-|-|-|{S} {had}praised {T} for {Tposs} {PRAISE}.
-|-|-|{S} commended {T} for {Tposs} {PRAISE}{when}.
-|-|-|{S} [S:has|have] endorsed {T's} {PLAN}.
-|-|-|{S} voiced {strong|firm|full} support for {T}{when}.
-|-|-|{S} expressed solidarity with {T}{when}.
-|-|-|{S} {had}backed {T's} {PLAN}.
-|-|X=GOV,IGO,NGO,OPP|{S} defended {T} against criticism from {X}.
-|-|S=CTRY,CAPGOV,GOVEXEC,LEAD;T=NEWGOV,NEWGOV,CTRY|{S} formally recognised {T}{when}.
-|-|S=CTRY,CAPGOV,GOVEXEC;T=CTRY|{S} {had}established diplomatic relations with {T}.
-|-|S=CTRY,CAPGOV,GOVEXEC;T=CTRY,STATE|{S} restored diplomatic ties with {T}{when}.
-|-|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} {had}signed a {AGREEMENT} with {T}{when}{where}.
-|-|S=CTRY,GOVEXEC,GOVVERB;T=CTRY,STATE|{S} ratified a {AGREEMENT} with {T}.
-|-|T=LEAD,OPP|{S} congratulated {T} on {Tposs} election victory.
-|-|S=LEAD,LEAD,IGOP;T=LEAD|{S} {had}called {T}{when} to congratulate {Tobj} on {Tposs} election victory.
-|-|S=LEAD,LEAD,IGOP;T=LEAD,LEAD,IGOP|{S} called {T} to express {Sposs} condolences over {INCIDENT}.
-|-|S=LEAD,IGOP;T=LEAD|{S} telephoned {T}{when} to thank {Tobj} for {Tposs} {PRAISE}.
-|-|T=STATE,LEAD,ARMG,OPPO|{S} welcomed {T's} decision to {GOODDECISION}.
-|-|-|{S} applauded {T's} {PRAISE}.
-|-|-|{S} hailed {T} as {a reliable partner|a force for stability|a key ally|an indispensable partner}.
-|-|-|{S} thanked {T} for {Tposs} {support|help|solidarity|assistance}{when}.
-|-|-|{S} reaffirmed {Sposs} support for {T}.
-|-|-|{S} threw {Sposs} weight behind {T's} {PLAN}.
-|-|-|{S} lent {Sposs} support to {T's} {PLAN}.
-|-|S=CTRY,GOVVERB;T=CTRY,GOVVERB|{S} voted in favour of a resolution {sponsored|drafted} by {T}.
-|-|-|{S's} endorsement of {T} came{when} ahead of {a key vote|the elections|the summit}.
-|-|-|{T} won the backing of {S} for {Tposs} {PLAN}.
-|-|-|{T} received praise from {S} for {Tposs} {PRAISE}.
-|-|-|{T} [T:was|were] praised by {S} for {Tposs} {PRAISE}.
-|-|-|{T} [T:was|were] endorsed by {S}{when}.
-|-|S=CTRY,CAPGOV,GOVEXEC;T=CTRY|{S} upgraded diplomatic relations with {T} to ambassadorial level.
-|-|S=CTRY,CAPGOV,GOVEXEC;T=CTRY|{S} named an ambassador to {T} for the first time since {YEAR}.
-|-|X=GOV,IGO,NGO|{S} stood by {T} {despite|amid} {mounting|growing} criticism from {X}.
-|-|-|{S} spoke out in defence of {T}{when}.
-|-|-|{S} came to the defence of {T}{when}, {calling|describing} {Tposs} actions {lawful|justified|legitimate}.
-|-|-|{S} expressed confidence in {T}{when}.
-|-|S=STATE,IGOO,NGO;T=CTRY,STATE,IGOO|{S} signed a memorandum of understanding with {T} on {TOPIC}.
-|-|S=CTRY,CAPGOV,GOVEXEC,HEAD;T=CTRY|{S} formally recognised the independence of {T}.
-|-|S=CTRY,CAPGOV,GOVEXEC;T=CTRY|{S} reopened {Sposs} embassy in {T}{when}.
-|-|-|{S} said {Spro} fully supported {T's} efforts to {EFFORT}.
-|-|S=IGOS;T=CTRY|{S} approved {T's} application for membership{when}.
-|-|-|{S} lauded {T's} {PRAISE}.
-|-|-|{S} described {T} as {a reliable partner|a trusted friend|a strategic ally}.
-|-|-|{S} [S:backs|back] {T's} {PLAN}.
-|-|X=GOV,ARMG,OPP|{S} [S:has|have] {publicly|openly} backed {T} in {Tposs} dispute with {X}.
-|-|-|{S} {had}welcomed {T's} {PLAN} as {a positive step|an important step|a welcome move}.
-|-|-|{S} renewed {Sposs} support for {T's} {PLAN}{when}.
-|-|-|{S} gave {Sposs} blessing to {T's} {PLAN}.
-|-|T=LEAD,OPP,GOV|{S} issued a statement {praising|commending} {T}{when}.
!-|-|-|{S} did not endorse {T's} {PLAN}.
!-|-|S=CTRY,CAPGOV,GOVEXEC,LEAD;T=CTRY,NEWGOV|{S} [S:has|have] not recognised {T}.
!-|-|T=LEAD,OPP|{S} [S:has|have] yet to congratulate {T} on {Tposs} election victory.
!-|-|-|{S} stopped short of endorsing {T's} {PLAN}.
!-|-|-|{S} did not praise {T}{when}, officials noted.
"""

T_CONCEDE = r"""
-|-|T=CROWD,MED,NGO,OPPO|{S} {lifted|eased|relaxed} restrictions on {T}{when}.
-|-|T=RESID,CROWD|{S} lifted the curfew imposed on {T}{when}.
-|-|S=HEAD,STATE;T=PRIS|{S} pardoned {T}{when}.
-|-|S=HEAD,STATE;T=ARMG,PRIS|{S} granted amnesty to {T}{when}.
-|-|S=COURT;T=PRIS,OPPP,PERS|{S} acquitted {T} of {CRIME}{when}.
-|-|S=PROS,PROS,STATE;T=PRIS,OPPP,JOURN,PERS|{S} dropped {all |}charges against {T}{when}.
-|-|S=STATE,LEAD,IGOS;T=STATE,ARMG;dom=0|{S} dropped {Sposs} demand that {T} {DEMAND_YIELD}.
-|-|T=OPPO,CROWD,LAB|{S} gave in to {T's} demands for {DEMANDNOUN}.
-|-|T=OPPO,CROWD,LAB,IGOS|{S} bowed to pressure from {T} and {scrapped|shelved|withdrew} {Sposs} planned {POLICY}.
-|-|T=OPPO,OUTLET,NGO|{S} lifted the ban on {T}{when}.
-|-|S=STATE,ARMG,MILC;T=STATE,ARMG,MILC|{S} declared a unilateral ceasefire in {Sposs} conflict with {T}{when}.
-|-|S=STATE,ARMG,MILC;T=STATE,ARMG|{S} announced a {temporary|three-day|humanitarian} truce with {T}{when}.
-|-|S=STATE,MILC;T=CTRY;dom=0|{S} eased {Sposs} blockade of {T}.
-|-|S=STATE,IGOS;T=STATE,BIZ,LEAD;dom=0|{S} {lifted|eased} sanctions on {T}{when}.
-|-|S=STATE;T=CTRY,STATE;dom=0|{S} suspended planned tariffs on goods from {T}.
-|-|T=OPPO|{S} legalised {T}{when}.
-|-|S=HEAD,OPPP,OPPO;T=HEAD,OPPP,OPPO;dom=1|{S} conceded defeat to {T}{when}.
-|-|-|{S} made concessions to {T} on {ISSUE}{when}.
-|-|S=STATE,LEAD,MILC;T=STATE,CROWD,LEAD|{S} expressed regret to {T} over {INCIDENT}.
-|-|S=STATE,LEAD,MILC;T=STATE,CROWD,LEAD;tag=apology|{S} apologised to {T} for {INCIDENT}.
-|-|S=STATE,LEAD,MILC;T=STATE,CROWD,LEAD;tag=apology|{S} issued a formal apology to {T} over {INCIDENT}.
-|-|S=STATE,LEAD,MILC;T=STATE,LEAD;tag=apology|{T} received an apology from {S} for {INCIDENT}.
-|-|T=OPPO,CROWD,LAB|{S} accepted {T's} demands{when}.
-|-|S=LAB;T=STATE,BIZ,LEAD|{S} called off a {planned|nationwide} strike against {T}.
-|-|S=CROWD,OPPO,LAB;T=STATE,BIZ,LEAD|{S} suspended {Sposs} protests against {T}{when}.
-|-|S=CROWD,OPPO;T=BIZ,STATE|{S} ended {Sposs} boycott of {T}{when}.
-|-|S=CTRY,GOVEXEC;T=CTRY;X=IGOS;dom=0|{S} withdrew {Sposs} objection to {T's} membership of {X}.
-|-|S=STATE;T=AMB,NGO,JOURN;dom=0.3|{S} reversed {Sposs} decision to expel {T}.
-|-|S=HEAD,STATE,COURT;T=PRIS|{S} commuted the {death |prison |}sentence of {T}.
-|-|T=OUTLET,BIZ,NGO|{S} restored the licence of {T}{when}.
-|-|T=OUTLET|{S} allowed {T} to resume broadcasting{when}.
-|-|S=STATE,IGOS;T=STATE,LEAD,BIZ,OPPP;dom=0.3|{S} unfroze the assets of {T}.
-|-|T=MINOR|{S} granted {T} greater autonomy{when}.
-|-|T=MINOR|{S} restored the language rights of {T}{when}.
-|-|S=HEAD,STATE;T=PRIS;X=GOV,IGO,NGO|{S's} decision to pardon {T} was {welcomed|criticised} by {X}.
-|-|S=STATE,IGOS;T=STATE,BIZ;dom=0|the lifting of sanctions on {T} by {S} {took effect|was announced}{when}.
-|-|S=HEAD,STATE;T=PRIS|{T} [T:was|were] pardoned by {S}{when}.
-|-|S=HEAD,STATE;T=ARMG,PRIS|{T} [T:was|were] granted amnesty by {S}.
-|-|S=COURT;T=PRIS,OPPP,PERS|{T} [T:was|were] acquitted by {S}{when}.
-|-|T=CROWD,JOURN,NGO|restrictions on {T} were eased by {S}{when}.
-|-|S=HEAD,STATE;T=PRIS|{S} [S:has|have] pardoned {T}.
-|-|S=STATE;T=CTRY;dom=0|{S} [S:has|have] {lifted|eased} {Sposs} {embargo on|blockade of} {T}.
-|-|S=STATE,LEAD;T=OPPO,CROWD|{S} {yielded|acceded} to {T's} demand for {DEMANDNOUN}.
-|-|S=STATE,BIZ;T=LAB|{S} gave in to {T's} wage demands.
-|-|S=STATE;T=CROWD,REF,RESID|{S} relaxed {travel|movement} restrictions on {T}.
-|-|S=STATE;T=CROWD,OPPO,LAB|{S} lifted the state of emergency imposed after protests by {T}.
-|-|S=HEAD,GOVEXEC;T=OPPO,OPPP;dom=1|{S} ceded {N} cabinet posts to {T} in a bid to end the political crisis.
!-|-|S=STATE,IGOS;T=STATE,BIZ;dom=0|{S} [S:has|have] not lifted sanctions on {T}.
!-|-|S=HEAD,STATE;T=PRIS|{S} did not pardon {T}.
!-|-|T=CROWD,MED,NGO|{S} [S:has|have] not eased restrictions on {T}.
!-|-|S=HEAD,STATE;T=ARMG,PRIS|{S} did not grant amnesty to {T}.
!-|-|-|{S} made no concessions to {T}{when}.
"""

T_COOPERATE = r"""
-|-|S=CTRY,MILU;T=CTRY,MILU|{S} and {T} {held|staged|conducted} joint military exercises{where}{when}.
-|-|S=MILU,CTRY;T=MILU,CTRY|{S} conducted joint naval drills with {T}{where}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} {had}extradited a {suspect|former minister|wanted businessman} to {T}{when}.
-|-|S=STATE,POL,CTRY;T=STATE,POL,CTRY|{S} handed over {N} suspects to {T} under an extradition treaty.
-|-|S=STATE,MILC,POL;T=STATE,MILC,POL|{S} {had}shared intelligence with {T} on {TOPIC_SEC}.
-|-|S=STATE,MILC,POL;T=STATE,MILC,POL|{S} exchanged intelligence with {T} about {TOPIC_SEC}.
-|-|S=POL,STATE,PROS;T=POL,STATE,PROS|{S} and {T} launched a joint investigation into {TOPIC_SEC}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} resumed trade with {T}{when}.
-|-|S=CTRY;T=CTRY|{S} began exporting {COMMODITY} to {T} under a new trade deal.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} reopened border crossings with {T} to commercial traffic{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE|a trade agreement between {S} and {T} {took effect|came into force}{when}.
-|-|S=BIZ,STATE;T=BIZ,STATE|{S} and {T} launched a joint venture to develop {PROJECT}.
-|-|S=MILU,POL;T=MILU,POL|{S} conducted joint patrols with {T} along the border{when}.
-|-|S=MILU,POL,STATE;T=MILU,POL,STATE;X=ARMG|{S} and {T} carried out a joint operation against {X}{where}.
-|-|S=STATE,POL,PROS;T=STATE,POL,PROS|{S} cooperated with {T} in the investigation into {INCIDENT}.
-|-|S=POL,STATE;T=POL,STATE|{S} worked with {T} to dismantle a {smuggling|trafficking|money-laundering} network.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} expanded economic cooperation with {T}{when}.
-|-|S=CTRY;T=CTRY|{S} stepped up trade with {T}, {boosting|doubling} {COMMODITY} exports.
-|-|S=CTRY,BIZ;T=CTRY,BIZ|{S} and {T} began building a cross-border {pipeline|railway|power line}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} transferred {N} detainees to {T} under a judicial cooperation agreement.
-|-|S=POL,STATE;T=POL,STATE,CTRY|{S} handed over a wanted {drug lord|militant leader|fugitive banker} to {T}.
-|-|S=MILU;T=MILU|{S} trained alongside {T} in {TOWN}{when}.
-|-|S=MILU,CTRY;T=MILU,CTRY|{S} and {T} staged joint air-defence drills{when}.
-|-|S=STATE,POL,IGOO;T=STATE,POL,IGOO|{S} exchanged data with {T} on {TOPIC_SEC}.
-|-|S=CTRY;T=CTRY|{S} resumed direct flights to {T}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} reopened trade routes with {T}.
-|-|S=MILU,CTRY;T=MILU,CTRY|joint exercises by {S} and {T}{where} involved {NUMBIG} troops.
-|-|S=STATE,POL,MILC;T=STATE,POL,MILC|{S's} intelligence-sharing with {T} helped {foil|disrupt} a {plot|smuggling operation}.
-|-|S=CTRY;T=CTRY|the extradition of a {suspect|fugitive} from {S} to {T}{when} marked a new phase in judicial cooperation.
-|-|S=STATE,POL,IGOO;T=STATE,POL,IGOO|cooperation between {S} and {T} on {TOPIC_SEC} expanded{when}.
-|-|S=STATE,POL,MILC;T=STATE,POL,MILC|{T} received intelligence from {S} on {TOPIC_SEC}.
-|-|S=MILU,STATE;T=MILU,STATE;X=ARMG|{S} joined forces with {T} to fight {X}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} [S:has|have] resumed {COMMODITY} imports from {T}.
-|-|S=BIZ;T=BIZ,STATE|{S} began supplying {COMMODITY} to {T} under a long-term contract.
-|-|S=CTRY;T=CTRY|{S} and {T} {launched|opened} a joint {research centre|customs post|border market}.
-|-|S=MILU;T=MILU|{S} {hosted|held} joint training {exercises|drills} with {T}{when}.
-|-|S=POL,PROS,STATE;T=POL,PROS,STATE;X=PERS,LEAD,BIZ|{S} provided {T} with evidence in the {corruption|war crimes|fraud} case against {X}.
-|-|S=STATE,CTRY;T=STATE,CTRY|{S} [S:is|are] cooperating with {T} on {TOPIC_SEC}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} and {T} linked their power grids{when}.
-|-|S=MILU,CTRY;T=MILU,CTRY|{S} and {T} carried out joint maritime patrols{where}{when}.
-|-|S=PROS,POL;T=PROS,POL|{S} handed case files on {TOPIC_SEC} to {T}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} and {T} launched a barter scheme for {COMMODITY}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} opened {Sposs} ports to ships from {T}{when}.
-|-|S=POL,STATE;T=POL,STATE,CTRY;dom=0|{S} detained a fugitive wanted by {T} and extradited the suspect{when}.
!-|-|S=STATE,MILC,POL;T=STATE,MILC,POL|{S} did not share intelligence with {T}{when}.
!-|-|S=CTRY,STATE;T=CTRY,STATE|{S} [S:has|have] not extradited any suspects to {T}.
!-|-|S=CTRY,MILU;T=CTRY,MILU|{S} did not take part in joint exercises with {T}{when}.
!-|-|S=CTRY,STATE;T=CTRY,STATE|{S} [S:has|have] not resumed trade with {T}.
!-|-|S=STATE,POL;T=STATE,POL|{S} [S:has|have] yet to cooperate with {T} in the investigation into {INCIDENT}.
"""

T_AID = r"""
-|-|-|{S} {had}sent {GOODS} to {T}{when}.
-|-|-|{S} delivered {N} tonnes of {GOODS} to {T}{when}.
-|-|S=STATE,STATE,IGOA;T=STATE,REF,RESID|{S} provided {AMT} in {humanitarian|emergency|development} aid to {T}.
-|-|S=STATE,IGOA;T=STATE|{S} gave {T} {AMT} in emergency assistance{when}.
-|-|S=CTRY,STATE;T=PERS,JOURN,OPPP;dom=0|{S} granted asylum to {T}{when}.
-|-|-|{S} airlifted {GOODS} to {T}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE,MILU;dom=0|{S} supplied {T} with {WEAPONS}.
-|-|S=CTRY,STATE,IGOA;T=CTRY,STATE;dom=0|{S} transferred {AMT} to {T} in budget support.
-|-|S=IGOF;T=CTRY,STATE|{S} approved a loan of {AMT} for {T}{when}.
-|-|S=CTRY,IGOA,STATE;T=CTRY,STATE;dom=0|{S} {had}cancelled {AMT} of {T's} debt.
-|-|S=CTRY,STATE,IGOA;T=CTRY,STATE;dom=0|{S} forgave {AMT} in loans owed by {T}.
-|-|S=MILU,POL;T=CAPT;X=ARMG;dom=0.6|{S} rescued {T} held by {X}{where}{when}.
-|-|S=POL,MILU;T=CAPT;dom=0.6|{S} freed {T} during an operation{where}{when}.
-|-|S=CTRY,STATE,MILU;T=CTRY,LOC;dom=0|{S} deployed medical teams to help {T} after {DISASTER}.
-|-|S=CTRY,STATE,NGO,IGOH;T=CTRY,LOC;dom=0|{S} dispatched rescue workers to {T} after {DISASTER}.
-|-|S=CTRY,MILC;T=MILU,POL;dom=0|{S} provided training to {T}{when}.
-|-|-|{S} donated {N} {ambulances|generators|water pumps|mobile clinics} to {T}.
-|-|S=CTRY,STATE,IGOA;T=CTRY,STATE;dom=0|{S} shipped {NUMBIG} doses of vaccine to {T}.
-|-|S=CTRY,STATE,MILC;T=STATE,MILU,CTRY;dom=0|{S} handed over {WEAPONS} to {T}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE,RESID|{S} paid {AMT} in reparations to {T}.
-|-|S=CTRY,STATE,NGO;T=REF,PERS|{S} {sheltered|took in} {T}{when}.
-|-|S=STATE,IGOA;T=CTRY,STATE;dom=0|{S} funded {T's} {reconstruction programme|school-building programme|food distribution network}.
-|-|S=STATE,IGOA;T=CTRY,STATE;dom=0|{S} disbursed {AMT} to {T}{when}.
-|-|S=IGOA,CTRY;T=CTRY,STATE;dom=0|{S} released {AMT} in budget support for {T}.
-|-|S=MILU,STATE,NGO,IGOH;T=REF,CAPT,RESID|{S} evacuated {T} from {TOWN}{when}.
-|-|S=STATE,IGOH,NGO;T=RESID,REF,VICTC|{S} provided {T} with food, water and medicine{when}.
-|-|S=MILU,NGO,IGOH;T=VICTC,REF|a field hospital set up by {S} treated {T} wounded in the fighting.
-|-|S=CTRY,STATE;T=CTRY,STATE,MILU;dom=0|{S} sent military advisers to help {T}{when}.
-|-|S=STATE,IGOA,NGO;T=CTRY,STATE;dom=0|{T} received {AMT} from {S}{when}.
-|-|S=CTRY,STATE;T=PERS,JOURN,OPPP;dom=0|{T} [T:was|were] granted asylum by {S}.
-|-|-|{GOODS} from {S} reached {T}{when}.
-|-|T=CTRY,LOC;dom=0|aid from {S} arrived in {T}{when}.
-|-|-|{S's} donation of {GOODS} to {T}{when} was the largest since {YEAR}.
-|-|-|a shipment of {GOODS} from {S} to {T} {arrived|was unloaded}{when}.
-|-|S=CTRY,STATE;T=STATE,MILU,CTRY;dom=0|the delivery of {WEAPONS} by {S} to {T} was completed{when}.
-|-|-|{S} [S:has|have] sent {GOODS} to {T}.
-|-|S=CTRY,STATE,IGOA;T=CTRY,STATE;dom=0|{S} [S:has|have] provided {T} with {AMT} in {loans|grants|credit}.
-|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} extended a credit line of {AMT} to {T}.
-|-|S=NGO,IGOH;T=REF,RESID,VICTC|{S} distributed {GOODS} to {T}{where}.
-|-|S=CTRY,STATE;T=PERS,OPPP;dom=0|{S} gave {T} refuge in {Sposs} embassy in {TOWN}.
-|-|S=CTRY,STATE,MILC;T=CTRY;dom=0|{S} deployed troops to help {T} with flood relief{when}.
-|-|S=NGO,IGOH,STATE;T=LOC,RESID|{S} {trucked|flew} {GOODS} into {T}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} guaranteed {T's} bonds worth {AMT}{when}.
-|-|S=IGOH,NGO,STATE;T=REF|{S} set up camps for {T} near {TOWN}{when}.
-|-|S=CTRY,STATE;T=CTRY;dom=0|{S} sent firefighting aircraft to help {T} battle wildfires{when}.
!-|-|-|{S} did not send {GOODS} to {T}{when}.
!-|-|T=CTRY,LOC;dom=0|no aid from {S} has reached {T} so far.
!-|-|S=CTRY,STATE;T=PERS,JOURN,OPPP;dom=0|{S} [S:has|have] not granted asylum to {T}.
!-|-|-|{S} [S:has|have] not delivered any {GOODS} to {T}.
!-|-|S=IGOF;T=CTRY,STATE|{S} did not approve a new loan for {T}.
"""

T_RETREAT = r"""
withdraw|-|S=CTRY,MILU;T=CTRY;dom=0|{S} withdrew {Sposs} {troops|forces|soldiers} from {T}{when}.
withdraw|-|S=CTRY,MILC;T=CTRY;dom=0|{S} pulled {Sposs} forces out of {T}{when}.
withdraw|-|S=MILU,ARMG,CTRY;T=CTRY,STATE,ARMG|{S} withdrew from territory claimed by {T}.
withdraw|-|S=MILU,ARMG;T=STATE,MILU,ARMG|{S} handed control of {TOWN} to {T}{when}.
withdraw|-|S=MILU,ARMG;T=MILU,ARMG|{S} retreated from {TOWN} as {T} advanced.
withdraw|-|S=MILU,ARMG,STATE;T=STATE,MILU,ARMG|{S} ceded control of the {DIR} district of {TOWN} to {T}.
withdraw|-|S=CTRY,MILC;T=CTRY,LOC;dom=0|{S} completed the withdrawal of {Sposs} forces from {T}{when}.
withdraw|-|S=MILU,ARMG;T=MILU,ARMG|{S} abandoned {Sposs} positions near {TOWN} in the face of an advance by {T}.
withdraw|-|S=MILU,CTRY;T=CTRY,LOC;dom=0|the withdrawal of {S} from {T} was completed{when}.
withdraw|-|S=MILU,ARMG;T=STATE,MILU|{TOWN} was handed over to {T} by {S}{when}.
withdraw|-|S=MILU,CTRY;T=CTRY;dom=0|{S} [S:has|have] pulled {Sposs} last troops out of {T}.
withdraw|-|S=MILU,ARMG;T=MILU,ARMG,STATE|{S} vacated {N} military posts along the {frontier|front line} with {T}.
withdraw|-|S=MILU,ARMG;T=LOC|{S} pulled out of {T}{when}.
release|-|S=STATE,ARMG,MILU,POL;T=CAPT;dom=0|{S} {had}released {T}{when}.
release|-|S=ARMG;T=CAPT;dom=0|{S} freed {T} after {N} months in captivity.
release|-|S=STATE,COURT,POL;T=PRIS|{S} released {T} from {prison|detention|custody}{when}.
release|-|S=ARMG,STATE,MILU;T=CAPT;dom=0|{T} [T:was|were] released by {S}{when}{where}.
release|-|S=STATE,POL;T=PRIS|{T} [T:was|were] freed by {S}{when}.
release|-|S=STATE,ARMG,MILC;T=STATE,ARMG,MILC|{S} exchanged prisoners with {T}{when}.
release|-|S=ARMG,STATE,MILC;T=STATE,CTRY,MILC|{S} returned {N} captured soldiers to {T}{when}.
release|-|S=STATE,ARMG,POL;T=CAPT,PRIS;dom=0.3|{S} set {T} free{when}.
release|-|S=STATE,ARMG,MILU;T=CAPT;X=GOV,IGO,NGO;dom=0|the release of {T} by {S}{when} was welcomed by {X}.
release|-|S=STATE,POL;T=PRIS|{S} [S:has|have] released {T}, {X} said.
release|-|S=ARMG;T=CAPT;X=STATE,IGOO,NGO;dom=0|{S} handed {T} over to {X} in {TOWN}{when}.
disarm|-|S=ARMG;T=IGOO,STATE,MILU|{S} handed over {Sposs} weapons to {T}{when}.
disarm|-|S=ARMG;T=IGOO,STATE,MILU|{S} surrendered {Sposs} weapons to {T}{where}.
disarm|-|S=ARMG;T=STATE,MILU,ARMG|{S} laid down {Sposs} arms, ending {Sposs} {insurgency|armed struggle|fight} against {T}.
disarm|-|S=ARMG,STATE;T=IGOO|{S} decommissioned {Sposs} arsenal under the supervision of {T}.
disarm|-|S=CTRY,MILC;T=CTRY;dom=0|{S} dismantled {Sposs} missile sites near the border with {T}.
disarm|-|S=CTRY,STATE;T=IGOS|{S} destroyed {Sposs} stockpile of chemical weapons under {T-} supervision.
disarm|-|S=ARMG;T=STATE,MILU,IGOO|{N} fighters from {S} disarmed and surrendered to {T}{when}.
disarm|-|S=ARMG;T=STATE,IGOO|{S} demobilised {Sposs} fighters as part of a deal with {T}.
ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|{S} observed a ceasefire with {T}{when}.
ceasefire|-|S=MILU,ARMG;T=MILU,ARMG,STATE|{S} halted {Sposs} offensive against {T}{when}.
ceasefire|-|S=MILU,ARMG;T=MILU,ARMG|{S} stopped firing on positions held by {T}{when}.
ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|{S} began implementing the truce with {T}{when}.
ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|a ceasefire between {S} and {T} took hold{when}.
ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|{S} suspended military operations against {T}{when}.
ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|{S} ended hostilities with {T}{when}.
ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|the guns fell silent as {S} honoured {Sposs} truce with {T}.
ceasefire|-|S=MILU,ARMG;T=MILU,ARMG|{S} [S:has|have] held fire against {T} since {DAY}.
access|-|S=STATE,ARMG,MILC;T=IGOH,NGO|{S} allowed {T} into {TOWN}{when}.
access|-|S=CTRY,STATE;T=INSP;dom=0|{S} allowed inspectors from {T} to visit {Sposs} {nuclear sites|military facilities|detention centres}.
access|-|S=STATE,ARMG,MILC;T=IGOH,NGO|{S} allowed a convoy from {T} to enter {TOWN}{when}.
access|-|S=STATE,ARMG,MILC;T=IGOH,NGO|{S} granted {T} access to {TOWN}{when}.
access|-|S=STATE,ARMG,MILC;T=IGOH,NGO|{S} permitted {T} to deliver aid to {TOWN}{when}.
access|-|S=STATE,ARMG,MILC;T=IGOH,NGO|{T} [T:was|were] given access to {TOWN} by {S}{when}.
access|-|S=CTRY,STATE;T=IGOS|{S} let monitors from {T} into {Sposs} territory{when}.
access|-|S=STATE;T=JOURN,NGO|{S} allowed {T} to enter the {DIR} region{when}.
resign|-|S=MINISTER,HEAD;T=CROWD,OPPO,LAB;dom=1|{S} resigned after weeks of protests by {T}.
resign|-|S=MINISTER,HEAD;T=OPP,CROWD;dom=1|{S} stepped down, bowing to pressure from {T}{when}.
resign|-|S=MINISTER;T=HEAD;dom=1|{S} handed in {Sposs} resignation to {T}{when}.
resign|-|S=MINISTER;T=HEAD;dom=1|{S} quit the government of {T}{when}.
resign|-|S=MINISTER,HEAD;T=OPP,CROWD;dom=1|the resignation of {S}, {long |}demanded by {T}, was announced{when}.
resign|-|S=MINISTER;T=HEAD;dom=1|{S} tendered {Sposs} resignation to {T}.
!withdraw|-|S=CTRY,MILU;T=CTRY;dom=0|{S} [S:has|have] not withdrawn {Sposs} troops from {T}.
!release|-|S=STATE,ARMG;T=CAPT;dom=0|{S} did not release {T}{when}.
!disarm|-|S=ARMG;T=IGOO,STATE|{S} [S:has|have] not handed over {Sposs} weapons to {T}.
!access|-|S=STATE,ARMG;T=IGOH,NGO|{S} did not allow {T} into {TOWN}{when}.
!resign|-|S=MINISTER,HEAD;T=OPP,CROWD;dom=1|{S} [S:has|have] not resigned despite pressure from {T}.
!ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|{S} did not observe the ceasefire with {T}.
"""

T_REQUEST = r"""
assist|-|S=STATE,LEAD;T=STATE,IGOA;dom=0|{S} asked {T} for {GOODS_REQ}{when}.
assist|-|S=STATE,LEAD,NGO,IGO;T=STATE,IGOA;dom=0|{S} appealed to {T} for {GOODS_REQ}.
assist|-|S=STATE,LEAD;T=STATE,IGOA;dom=0|{S} requested {GOODS_REQ} from {T}{when}.
assist|-|S=STATE,LEAD,IGO,NGO;T=STATE,IGOA;dom=0|{S} urged {T} to {DEMAND_ASSIST}.
assist|-|S=STATE,LEAD,POL;T=STATE;dom=0|{S} sought {T's} help in {tracking down|locating|extraditing} {a fugitive|suspects wanted for {CRIME}}.
assist|-|S=IGO,NGO;T=STATE,IGOA;dom=0|{S} called on {T} to send more aid to {TOWN}.
assist|-|S=STATE,CTRY;T=STATE,CTRY;dom=0|{S} asked {T} to extradite {PNAME}.
assist|-|S=STATE,LEAD,OPPO;T=STATE,IGOO,CTRY;dom=0|{S} requested {T's} support for {Sposs} {PLAN}.
assist|-|S=STATE,LEAD,IGO,NGO;T=STATE,IGOA;dom=0|{T} [T:was|were] asked by {S} to {DEMAND_ASSIST}.
change|-|T=STATE,LEAD,GOVVERB|{S} demanded that {T} {DEMAND_CHANGE}.
change|-|S=GOV,IGO,NGO,OPP,CROWD;T=LEAD|{S} called for the resignation of {T}{when}.
change|-|T=STATE,LEAD,GOVVERB|{S} urged {T} to {DEMAND_CHANGE}{when}.
change|-|T=STATE,LEAD,GOVVERB|{S} called on {T} to {DEMAND_CHANGE}.
change|-|S=LEAD,IGOP;T=LEAD|{S} called {T}{when} to urge {Tobj} to {DEMAND_CHANGE}.
change|-|T=STATE,LEAD,GOVVERB|{S} pressed {T} to {DEMAND_CHANGE}.
change|-|S=STATE,LEAD,IGOS;T=STATE,LEAD|{S} told {T} to {DEMAND_CHANGE}.
change|-|T=STATE,LEAD,GOVVERB|{S} said {T} must {DEMAND_CHANGE}.
change|-|T=STATE,LEAD,GOVVERB|{S} insisted that {T} {DEMAND_CHANGE}.
change|-|T=STATE,LEAD,GOVVERB|{S's} demand that {T} {DEMAND_CHANGE} {went unanswered|was repeated{when}}.
change|-|T=STATE,LEAD,GOVVERB|{T} [T:was|were] urged by {S} to {DEMAND_CHANGE}.
change|-|T=STATE,LEAD,GOVVERB|{S} [S:urges|urge] {T} to {DEMAND_CHANGE}.
change|-|T=STATE,LEAD,GOVVERB|{S} [S:has|have] repeatedly called on {T} to {DEMAND_CHANGE}.
change|-|S=IGO,GOV,NGO;T=STATE,LEAD|{S} appealed to {T} to {DEMAND_CHANGE}.
yield|-|T=STATE,LEAD,ARMG|{S} demanded that {T} {DEMAND_YIELD}{when}.
yield|-|T=STATE,LEAD,ARMG|{S} urged {T} to {DEMAND_YIELD}.
yield|-|T=STATE,LEAD,ARMG|{S} called on {T} to {DEMAND_YIELD}{when}.
yield|-|T=STATE,LEAD,ARMG|{S} pressed {T} to {DEMAND_YIELD}.
yield|-|S=IGO,NGO,GOV;T=STATE,ARMG|{S} appealed to {T} to {DEMAND_YIELD}.
yield|-|T=STATE,LEAD,ARMG|a request by {S} for {T} to {DEMAND_YIELD} was {repeated|renewed}{when}.
yield|-|T=STATE,LEAD,ARMG|{S's} call for {T} to {DEMAND_YIELD} came{when} amid {growing|mounting} international pressure.
yield|-|T=STATE,LEAD,ARMG|{T} [T:was|were] called on by {S} to {DEMAND_YIELD}.
yield|-|T=STATE,LEAD,ARMG|{S} asked {T} to {DEMAND_YIELD}.
yield|-|T=STATE,LEAD,ARMG|{S} [S:demands|demand] that {T} {DEMAND_YIELD}.
meet|-|T=GOV,ARMG,OPPO|{S} called on {T} to return to the negotiating table{when}.
meet|-|T=GOV,ARMG,OPPO|{S} urged {T} to {DEMAND_MEET}.
meet|-|S=GOV,LEAD,OPP,ARMG;T=LEAD|{S} asked {T} for a meeting{when}.
meet|-|S=GOV,LEAD,OPP,ARMG;T=GOV,LEAD,ARMG|{S} requested talks with {T}{when}.
meet|-|T=GOV,ARMG,OPPO|{S} pressed {T} to {DEMAND_MEET}.
meet|-|T=GOV,ARMG,OPPO|{S} appealed to {T} to {DEMAND_MEET}.
meet|-|T=GOV,ARMG,OPPO|{S} demanded that {T} {DEMAND_MEET}.
meet|-|T=GOV,ARMG,OPPO|{T} [T:was|were] urged by {S} to {DEMAND_MEET}.
meet|-|S=IGO,STATE,LEAD;T=STATE,ARMG,OPPO|{S} invited {T} to send negotiators to {VENUE}, urging {Tobj} to {return to the negotiating table|resume talks}.
change|-|S=CROWD,OPPO,NGO,LAB;T=STATE,LEAD|{S} petitioned {T} to {DEMAND_CHANGE}.
assist|-|S=STATE,LEAD;T=STATE,IGOF;dom=0|{S} sought a loan of {AMT} from {T}{when}.
yield|-|S=IGO,NGO,STATE;T=STATE,ARMG|{S} demanded the release of {PRISONERS} held by {T}.
!assist|-|S=STATE,LEAD;T=STATE,IGOA;dom=0|{S} did not ask {T} for {GOODS_REQ}.
!change|-|T=STATE,LEAD,GOVVERB|{S} [S:has|have] not called on {T} to {DEMAND_CHANGE}.
!yield|-|T=STATE,LEAD,ARMG|{S} stopped short of demanding that {T} {DEMAND_YIELD}.
!meet|-|T=GOV,ARMG,OPPO|{S} did not urge {T} to {DEMAND_MEET}.
!change|-|T=STATE,LEAD,GOVVERB|{S} did not press {T} to {DEMAND_CHANGE}.
"""

T_ACCUSE = r"""
disapprove|-|-|{S} {had}condemned {T}{when}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} {condemned|denounced|decried} {T's} {ACTION}{when}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} {had}criticised {T} for {Tposs} {ACTION}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} {slammed|blasted|lambasted} {T} over {Tposs} {ACTION}.
disapprove|-|S=CTRY,STATE,LEAD;T=CTRY,STATE;dom=0|{S} lodged a formal protest with {T} over {Tposs} {ACTION}.
disapprove|-|S=CTRY,STATE;T=AMB;dom=0|{S} summoned {T} to complain about {ACTION_GEN}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} deplored {T's} {ACTION}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} voiced {deep|serious|grave} concern over {T's} {ACTION}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} rebuked {T}{when} for {Tposs} {ACTION}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} expressed outrage at {T's} {ACTION}.
disapprove|-|S=CTRY,STATE,LEAD;T=CTRY,STATE,LEAD,AMB;dom=0|{S} complained to {T} about {ACTION_GEN}{when}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} objected to {T's} {ACTION}.
disapprove|-|X=GOV,IGO|{S's} condemnation of {T} {drew|prompted} an angry response from {X}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{T} [T:was|were] {condemned|criticised|denounced} by {S} for {Tposs} {ACTION}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{T} came under fire from {S} over {Tposs} {ACTION}.
disapprove|-|T=BIZ|{T} faced {sharp|fierce|renewed} criticism from {S} over {Tposs} {BIZACTION}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|in a statement{when}, {S} denounced {T's} {ACTION}.
disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} [S:condemns|condemn] {T's} {ACTION}.
disapprove|-|S=CIV,OPP,NGO,MED;T=STATE,LEAD,BIZ|{S} took to social media to criticise {T}.
disapprove|-|S=NGO,CROWD,OPPO,LAB,GOV;T=BIZ|{S} {criticised|condemned} {T's} {BIZACTION}{when}.
investigate|-|S=PROS,STATE,IGOS,POL|{S} launched an investigation into {T}{when}.
investigate|-|S=PROS,POL;T=BIZ,LEAD,OPPP,PERS;dom=0.9|{S} opened a probe into {T's} {finances|business dealings|conduct during the war|role in the crisis}.
investigate|-|S=PROS,POL;T=BIZ,LEAD,OPPP,PERS,MIL,POL;dom=0.9|{S} [S:is|are] investigating {T} over allegations of {CRIME}.
investigate|-|S=STATE,IGOS,PROS|{S} set up a commission to examine {T's} role in {INCIDENT}.
investigate|-|S=STATE,IGOO,NGO,PROS;T=MIL,POL,ARMG,STATE|{S} announced an inquiry into alleged abuses by {T}.
investigate|-|S=PROS,POL,IGOS;T=BIZ,LEAD,OPPP,PERS,MIL,POL;dom=0.9|{T} [T:is|are] under investigation by {S} on suspicion of {CRIME}.
investigate|-|S=PROS,POL,IGOS;dom=0.9|{S} began examining allegations of {CRIME} against {T}{when}.
investigate|-|S=PROS,STATE,IGOO,NGO|an investigation by {S} into {T} {found|uncovered} evidence of {CRIME}.
investigate|-|S=IGOO,NGO;T=MIL,POL,ARMG|{S} sent investigators to look into {killings|abuses|violations} blamed on {T}.
investigate|-|S=COURT,PROS;T=BIZ,LEAD,OPPP;dom=0.9|{S} summoned {T} for questioning over {alleged |}{CRIME}{when}.
allege|-|-|{S} {had}accused {T} of {CRIME}{when}.
allege|-|S=PROS;T=PERS,LEAD,OPPP|{S} charged {T} with {CRIME}{when}.
allege|-|S=PROS;T=PERS,LEAD,OPPP|{S} indicted {T} on charges of {CRIME}.
allege|-|S=BIZ,NGO,OPPO,STATE,PERS;T=STATE,BIZ,LEAD|{S} filed a lawsuit against {T}{when}.
allege|-|S=BIZ,NGO,OPPO,STATE,PERS;T=STATE,BIZ,LEAD|{S} sued {T} over {LAWSUIT}.
allege|-|T=STATE,LEAD,MIL,POL,ARMG,OPP|{S} alleged that {T} had {CRIME_VP}.
allege|-|-|{S} blamed {T} for {INCIDENT}.
allege|-|S=STATE,NGO,OPPO;T=STATE,BIZ|{S} took {T} to court over {LAWSUIT}.
allege|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} brought a case against {T} at the International Court of Justice.
allege|-|T=STATE,LEAD,MIL,POL,ARMG,OPP|{T} [T:was|were] accused by {S} of {CRIME}.
allege|-|S=PROS;T=PERS,LEAD,OPPP|{T} [T:was|were] charged by {S} with {CRIME}.
allege|-|S=BIZ,NGO,OPPO,STATE,PERS;T=STATE,BIZ,LEAD|{T} [T:was|were] sued by {S}{when}.
allege|-|T=STATE,LEAD,MIL,POL,ARMG,OPP|{S's} accusation that {T} had {CRIME_VP} {deepened the rift between the two sides|raised tensions ahead of the vote}.
allege|-|S=PROS,COURT;T=PERS,LEAD,OPPP|{S} put {T} on trial for {CRIME}.
allege|-|-|{S} held {T} responsible for {INCIDENT}.
allege|-|T=STATE,LEAD,MIL,POL,ARMG,OPP|{S} [S:accuses|accuse] {T} of {CRIME}.
allege|-|T=STATE,LEAD,MIL,POL,ARMG,OPP|{S} [S:has|have] accused {T} of {CRIME}.
allege|-|S=PROS;T=BIZ|{S} charged {T} with {CRIME_BIZ}{when}.
!disapprove|-|-|{S} did not condemn {T}{when}.
!allege|-|T=STATE,LEAD,MIL,POL,ARMG,OPP|{S} [S:has|have] not accused {T} of {CRIME}.
!disapprove|-|T=STATE,LEAD,MIL,POL,ARMG|{S} [S:has|have] yet to criticise {T's} {ACTION}.
!investigate|-|S=PROS,STATE,POL|{S} [S:has|have] not opened an investigation into {T}.
!allege|-|S=PROS;T=PERS,LEAD,OPPP|{S} did not charge {T} with {CRIME}.
"""

T_REJECT = r"""
meet|-|-|{S} refused to meet {T}{when}.
meet|-|-|{S} rejected {T's} offer of talks{when}.
meet|-|T=STATE,LEAD,IGO|{S} turned down an invitation from {T} to {attend talks in {VENUE}|visit {TCAP}}.
meet|-|-|{S} cancelled {Sposs} {planned |scheduled |}meeting with {T}{when}.
meet|-|-|{S} called off talks with {T}{when}.
meet|-|-|{S} ruled out {any |}talks with {T}.
meet|-|-|{S} refused to negotiate with {T}.
meet|-|X=GOV,IGO,NGO|{S's} refusal to meet {T} {dashed hopes of a settlement|was criticised by {X}}.
meet|-|-|{T} [T:was|were] rebuffed by {S} when {Tpro} sought talks.
meet|-|S=LEAD,IGOP,OPPP;T=LEAD,IGOP|{S} snubbed {T} by skipping {the summit|the scheduled talks|the meeting} in {VENUE}.
meet|-|-|{S} [S:rejects|reject] {T's} call for talks.
assist|-|S=STATE,LEAD,IGOA;T=STATE,LEAD,ARMG,OPPO|{S} rejected {T's} request for {GOODS_REQ}.
assist|-|S=STATE,CTRY;T=STATE,CTRY;dom=0|{S} refused to extradite {PNAME} to {T}.
assist|-|S=STATE,LEAD,IGOA;T=STATE,LEAD|{S} declined {T's} request for {GOODS_REQ}{when}.
assist|-|S=STATE,LEAD,IGOA;T=STATE,LEAD|{S} turned down {T's} appeal for {GOODS_REQ}.
assist|-|S=STATE,MILC,POL;T=STATE,MILC,POL;dom=0|{S} refused to share intelligence with {T}.
assist|-|S=STATE,LEAD,IGOA;T=STATE,LEAD|{T's} request for {GOODS_REQ} was turned down by {S}{when}.
-|-|S=STATE;T=JOURN,NGO,PERS,IGOO;dom=0.2|{S} denied {T} entry{when}.
-|-|S=STATE;T=JOURN,NGO,PERS,IGOO;dom=0.2|{S} barred {T} from entering the country.
-|-|S=STATE;T=JOURN,NGO,PERS,IGOO;dom=0.2|{T} [T:was|were] denied entry by {S}{when}.
change|-|S=STATE,LEAD,GOVVERB;T=OPPO,OPPP,CROWD,LAB,GOV,IGO|{S} rejected {T's} calls for {DEMANDNOUN}.
change|-|S=STATE,LEAD,GOVVERB;T=OPPO,OPPP,CROWD,LAB,GOV,IGO|{S} dismissed {T's} demand for {DEMANDNOUN}{when}.
change|-|S=CTRY,GOVVERB;T=CTRY;dom=0|{S} vetoed a resolution {drafted|proposed} by {T}.
change|-|S=STATE,LEAD,GOVVERB;T=OPPO,OPPP,CROWD,LAB,GOV,IGO|{S} rebuffed {T's} demands for {DEMANDNOUN}.
change|-|T=OPPO,OPPP,CROWD,LAB,GOV,IGO|{S} rejected {T's} plan for {PLAN_CHANGE}.
change|-|S=STATE,LEAD;T=OPPO,CIV,IGO,NGO|{S} refused to {scrap|withdraw|amend} the {POLICY} despite pressure from {T}.
change|-|S=STATE,LEAD,GOVVERB;T=OPPO,OPPP,CROWD,LAB,GOV,IGO;X=GOV,IGO|{S's} rejection of {T's} proposals for {DEMANDNOUN} {angered|frustrated} {X}.
change|-|T=OPPO,OPPP,CROWD,LAB,GOV,IGO|{T's} proposal for {PLAN_CHANGE} was rejected by {S}{when}.
yield|-|S=STATE,ARMG,POL;T=STATE,IGO,NGO,OPPO|{S} refused to release {PRISONERS} despite demands from {T}.
yield|-|S=STATE,ARMG,MILC;T=STATE,IGO,NGO|{S} rejected {T's} call for a ceasefire.
yield|-|S=STATE,MILC;T=STATE,IGO,NGO|{S} refused to lift the blockade of {TOWN}, rebuffing {T}.
yield|-|S=STATE,MILC,ARMG;T=STATE,IGO|{S} rejected {T's} demand to withdraw {Sposs} forces from {TOWN}.
yield|-|S=STATE,POL;T=PRIS,CAPT|{S} refused to free {T}.
yield|-|S=STATE,IGOS;T=STATE;dom=0|{S} rejected {T's} request to lift sanctions{when}.
yield|-|S=STATE,ARMG,MILC|{S} [S:has|have] refused to ease restrictions on {TOWN} despite appeals from {T}.
-|-|-|{S} dismissed {T's} {claims|allegations|accusations} as {baseless|unfounded|politically motivated}.
-|-|S=CTRY,STATE,LEAD;T=NEWGOV;dom=0|{S} refused to recognise {T}.
-|-|-|{S} rejected {T's} {PLAN}{when}.
-|-|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} declined to sign the {AGREEMENT} {proposed|drafted} by {T}.
-|-|-|{S} refused to accept {T's} {PLAN}.
-|-|S=CTRY,GOVVERB,IGOS;T=STATE,LEAD;dom=0|{S} voted against {T's} {PLAN}{when}.
meet|-|-|{S} {declined|refused} to attend talks with {T} in {VENUE}.
assist|-|S=STATE,IGOF;T=STATE;dom=0|{S} refused to extend {T's} loan{when}.
-|-|-|{S} [S:has|have] rejected {T's} {PLAN}.
yield|-|S=STATE,ARMG,MILC;T=IGOH,NGO|{S} refused to allow {T} access to {TOWN}{when}.
!-|-|-|{S} did not reject {T's} {PLAN}.
!meet|-|-|{S} [S:has|have] not turned down {T's} offer of talks.
!assist|-|S=STATE,LEAD,IGOA;T=STATE,LEAD|{S} did not refuse {T's} request for {GOODS_REQ}.
!meet|-|-|{S} did not cancel {Sposs} meeting with {T}.
!yield|-|S=STATE,ARMG,MILC;T=STATE,IGO,NGO|{S} [S:has|have] not rejected {T's} call for a ceasefire.
"""

T_THREATEN = r"""
violence|-|-|{S} threatened to attack {T}{when}.
violence|-|T=STATE,ARMG,MILU|{S} threatened to launch {air strikes|military strikes|attacks} on {T}.
violence|-|-|{S} vowed to retaliate against {T}{when}.
violence|-|-|{S} warned {T} of a {military|forceful|swift} response{when}.
violence|-|T=STATE,ARMG,CTRY|{S} threatened {T} with military action.
violence|-|S=LEAD,ARMG,MILC;T=ARMG,OPPO,STATE|{S} said {Spro} will crush {T}.
violence|-|S=ARMG,LEAD;T=ARMG,STATE,MILU|{S} vowed to destroy {T}.
violence|-|S=ARMG;T=PERS,LEAD,JOURN|{S} threatened to kill {T}.
violence|-|S=ARMG;T=PERS,LEAD,JOURN|{S} issued a death threat against {T}{when}.
-|-|-|{S} warned {T} of {severe|serious|grave} consequences{when}.
violence|-|-|{S} vowed revenge against {T} {after|following} {INCIDENT}.
violence|-|S=ARMG,MILC,STATE;T=STATE,ARMG,MILU|{S} [S:plans|plan] to attack {T}, {X} said.
violence|-|S=ARMG,MILC,STATE;T=CTRY,STATE,ARMG|{S} threatened to bomb {T's} {oil facilities|bases|supply lines|ports}.
violence|-|X=GOV,IGO|{S's} threat to attack {T} {rattled|alarmed} {X}.
violence|-|-|{T} [T:was|were] threatened by {S} with {military action|attacks|reprisals}.
violence|-|-|{S} [S:threatens|threaten] {T} with {military action|reprisals}.
violence|-|-|threats by {S} against {T} {escalated|intensified}{when}.
violence|-|T=PERS,JOURN,OPP,LEAD|{T} received threats from {S}{when}.
violence|-|S=GOV,LEAD,MILC;T=ARMG|{S} vowed to {wipe out|eliminate|hunt down} {T}.
violence|H|-|{S} warned that {Spro} would attack {T} if {THREAT_COND}.
violence|H|-|{S} said {Spro} could use force against {T} if {THREAT_COND}.
violence|H|S=STATE,MILC,ARMG;T=STATE,MILU,ARMG|{S} would respond militarily if {T} {crossed the border|attacked again|deployed missiles nearby}.
restrict|H|S=STATE,IGOS,LEAD;T=STATE,BIZ;dom=0|{S} said {Spro} could impose sanctions on {T} if {THREAT_COND}.
relations|H|S=STATE,LEAD;T=CTRY,STATE;dom=0|{S} warned {T} that {Spro} would sever ties if {THREAT_COND}.
restrict|-|S=STATE,IGOS,LEAD;T=STATE,BIZ,LEAD;dom=0|{S} threatened to impose sanctions on {T}{when}.
restrict|-|S=STATE,LEAD;T=CTRY;dom=0|{S} threatened to blockade {T}.
restrict|-|S=CTRY,STATE,HEAD;T=CTRY;dom=0|{S} threatened to close {Sposs} border with {T}.
restrict|-|S=STATE,LEAD;T=OPPO,OUTLET,NGO;dom=0.9|{S} threatened to ban {T}.
restrict|-|S=STATE,LEAD;T=CTRY,STATE;dom=0|{S} threatened to cut off {T's} {gas|electricity|oil} supplies.
restrict|-|S=STATE,IGOS;T=CTRY,STATE;dom=0|{S} threatened to impose a trade embargo on {T}.
restrict|-|S=LAB;T=STATE,BIZ,LEAD;dom=0.9|{S} threatened {T} with a {general|nationwide|week-long} strike.
restrict|-|S=STATE,LEAD;T=CTRY,STATE,BIZ;dom=0|{S} threatened {T} with {punitive tariffs|export controls|a ban on imports}.
arrest|-|S=STATE,POL,PROS,LEAD;T=PERS,OPPP,JOURN;dom=0.9|{S} threatened to arrest {T}.
arrest|-|S=PROS,COURT,POL;T=PERS,OPPP,LEAD;dom=0.9|{S} issued an arrest warrant in absentia for {T}{when}.
arrest|-|S=STATE,LEAD;T=PERS,OPPP,JOURN;dom=0.9|{S} threatened to jail {T}.
arrest|-|S=STATE,PROS,LEAD;T=PERS,OPPP,JOURN;dom=0.9|{S} threatened {T} with prosecution.
relations|-|S=CTRY,STATE,LEAD;T=CTRY,STATE;dom=0|{S} threatened to cut {diplomatic |}ties with {T}.
relations|-|-|{S} threatened to {suspend|pull out of|walk away from} talks with {T}.
relations|-|S=CTRY,STATE,LEAD;T=CTRY;dom=0|{S} threatened to recall {Sposs} ambassador from {T}.
relations|-|S=CTRY,STATE,LEAD;T=CTRY,STATE;dom=0|{S} threatened to downgrade relations with {T}.
expel|-|S=CTRY,STATE;T=AMB,NGO,JOURN;dom=0.2|{S} threatened to expel {T}{when}.
expel|-|S=IGOS;T=CTRY,STATE|{S} threatened to {expel|suspend} {T} from the {organisation|bloc}.
expel|-|S=CTRY,STATE;T=PKO|{S} threatened to expel {T-} peacekeepers from {Sposs} territory.
territory|-|S=MILC,ARMG,STATE;T=STATE,ARMG,MILU|{S} threatened to seize {TOWN} from {T}.
territory|-|S=CTRY,STATE,LEAD;T=CTRY,STATE;dom=0|{S} threatened to annex territory claimed by {T}.
territory|-|S=STATE,MILC,ARMG;T=STATE,ARMG,MILU|{S} vowed to retake the {DIR} province of {PROV} from {T}.
territory|-|S=CTRY,STATE,MILC;T=CTRY;dom=0|{S} threatened to occupy the border areas of {T}.
territory|-|S=CTRY,STATE,MILU;T=CTRY,STATE;dom=0|{S} planted a flag on an island claimed by {T}{when}.
-|-|-|{S} issued an ultimatum to {T}{when}.
!violence|-|-|{S} did not threaten {T}{when}.
!restrict|-|S=STATE,IGOS,LEAD;T=CTRY,STATE;dom=0|{S} [S:has|have] not threatened to impose sanctions on {T}.
!-|-|-|{S} made no threats against {T}{when}.
!violence|-|T=STATE,ARMG,CTRY|{S} stopped short of threatening {T} with military action.
!relations|-|S=CTRY,STATE,LEAD;T=CTRY,STATE;dom=0|{S} did not threaten to cut ties with {T}.
"""

T_PROTEST = r"""
demo|-|-|{S} {had}protested against {T}{where}{when}.
demo|-|T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} demonstrated outside {T's} {headquarters|offices}{when}.
demo|-|-|{S} rallied in {TOWN} against {T}{when}.
demo|-|T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} marched on {T's} offices{when}.
demo|-|S=CROWD,LABC|thousands of {S} took to the streets to protest against {T}{when}.
demo|-|T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} staged a sit-in outside {T's} {offices|headquarters|residence}.
demo|-|S=CROWD,OPPO;T=CTRY;dom=0|{S} held a {protest|vigil|rally} outside the embassy of {T}{when}.
demo|-|T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} picketed {T's} offices{where}.
demo|-|-|a protest by {S} against {T} drew {NUMBIG} people{when}.
demo|-|-|{T} faced protests by {S}{where}{when}.
demo|-|S=OPPO,LABU|demonstrations organised by {S} against {T} {spread to|continued in} {TOWN}{when}.
demo|-|-|{S} [S:has|have] held daily protests against {T} since {DAY}.
demo|-|-|{S} [S:is|are] protesting against {T} in {TOWN}.
demo|-|-|{S} gathered in the {main square|city centre} of {TOWN} to denounce {T}.
demo|-|S=CROWD,OPPO,LAB;T=STATE,LEAD,POL|{S} {had}staged a mass rally against {T} in the capital{when}.
riot|-|S=CROWD;T=STATE,LEAD,POL,BIZ|{S} rioted in {TOWN} in protest against {T}{when}.
riot|-|S=CROWD;T=STATE,LEAD,POL,BIZ|{S} set fire to cars and tyres in protest against {T}{when}.
riot|-|S=CROWD;T=GOVEXEC,MINISTRY,LEAD,BIZ|angry {S} stormed {T's} offices{where}.
riot|-|S=CROWD;T=STATE,LEAD,POL,BIZ|riots by {S} against {T} spread to {TOWN}{when}.
riot|-|S=CROWD;T=STATE,LEAD,BIZ|{S} went on a rampage in {TOWN} in protest at {T's} {GRIEVANCE}.
strike|-|S=LAB;T=STATE,BIZ,LEAD|{S} went on strike {against|in a dispute with} {T}{when}.
strike|-|S=LAB;T=STATE,BIZ,LEAD|{S} launched a nationwide strike against {T}{when}.
strike|-|S=LABC;T=STATE,BIZ|{S} walked off the job in a dispute with {T} over {pay|pensions|working conditions}.
strike|-|S=LAB;T=STATE,LEAD,BIZ|{S} staged a general strike to protest {T's} {GRIEVANCE}.
strike|-|S=LAB;T=STATE,BIZ|a strike by {S} against {T} {entered its second week|paralysed the ports|shut down hospitals}{when}.
strike|-|S=LABC;T=STATE,BIZ,LEAD|{S} downed tools to protest against {T's} {GRIEVANCE}.
hunger|-|S=PRIS,PERS;T=STATE,LEAD,POL,COURT|{S} went on hunger strike to protest against {T}{when}.
hunger|-|S=PRIS,PERS;T=STATE,LEAD,COURT|{S} began a hunger strike in protest at {T's} {GRIEVANCE}.
hunger|-|S=PRIS,PERS;T=STATE,LEAD,COURT,POL|{S} [S:has|have] refused food for {N} days in protest against {T}.
boycott|-|S=CROWD;T=BIZ,CTRY;dom=0.5|{S} boycotted products made by {T}.
boycott|-|S=OPPO,OPPP;T=STATE,HEAD|{S} boycotted the elections organised by {T}.
boycott|-|S=CROWD,OPPO,LAB;T=BIZ,STATE,CTRY;dom=0.5|{S} launched a boycott of {T}{when}.
boycott|-|S=OPPO,OPPP;T=STATE,HEAD|{S} boycotted parliament in protest against {T}.
obstruct|-|-|{S} blocked roads {in|around} {TOWN} to protest against {T}{when}.
obstruct|-|T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} blockaded {T's} headquarters{when}.
obstruct|-|-|{S} set up roadblocks in protest at {T's} {GRIEVANCE}.
obstruct|-|T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} occupied {T's} offices{where}{when}.
obstruct|-|S=CROWD;T=BIZ|{S} blocked access to {T's} {mine|plant|refinery|port terminal}{when}.
vandalize|-|S=CROWD;T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} vandalised {T's} offices in protest at {Tposs} {GRIEVANCE}.
vandalize|-|S=CROWD;T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} smashed the windows of {T's} headquarters{when}.
vandalize|-|S=CROWD;T=CTRY;dom=0|{S} spray-painted slogans on the embassy of {T}{when}.
vandalize|-|S=CROWD;T=LEAD|{S} tore down posters of {T}{where}.
vandalize|-|S=CROWD;T=GOVEXEC,MINISTRY,LEAD,BIZ|{S} defaced the offices of {T}{where}{when}.
!demo|-|-|{S} did not protest against {T}{when}.
!strike|-|S=LAB;T=STATE,BIZ|{S} did not join the strike against {T}.
!demo|-|-|no protests by {S} against {T} were reported{when}.
!riot|-|S=CROWD|{S} did not riot despite anger at {T}.
!boycott|-|S=OPPO,OPPP;T=STATE,HEAD|{S} did not boycott the elections organised by {T}.
"""

T_SANCTION = r"""
discontinue|-|-|{S} {had}imposed sanctions on {T}{when}.
discontinue|-|-|{S} slapped {new |fresh |}sanctions on {T}{when}.
discontinue|-|T=CTRY,STATE|{S} imposed an {arms |oil |}embargo on {T}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} cut diplomatic ties with {T}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} severed relations with {T}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} suspended trade with {T}{when}.
discontinue|-|T=LEAD,BIZ,OPPP,ARMP,PERS|{S} froze {T's} assets{when}.
discontinue|-|S=CTRY,STATE;T=CTRY|{S} banned imports from {T}{when}.
discontinue|-|S=CTRY,STATE,BIZ;T=CTRY,STATE|{S} halted {gas|oil|electricity} supplies to {T}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} broke off diplomatic relations with {T}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} downgraded {Sposs} relations with {T}.
discontinue|-|T=BIZ,LEAD,ARMG|{S} blacklisted {T}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} imposed {punitive |steep |}tariffs on goods from {T}.
discontinue|-|S=STATE,BIZ;T=BIZ,STATE|{S} cancelled {Sposs} contracts with {T}{when}.
discontinue|-|-|sanctions imposed by {S} on {T} {took effect|came into force}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE;X=GOV,IGO|{S's} decision to cut ties with {T} {surprised|alarmed} {X}.
discontinue|-|-|{T} [T:was|were] hit with {new |}sanctions by {S}{when}.
discontinue|-|T=STATE,LEAD|{S} [S:has|have] imposed sanctions on {T} over {Tposs} {ACTION}.
discontinue|-|S=CTRY,STATE;T=CTRY|{S} closed {Sposs} airspace to flights from {T}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} suspended all {flights|rail links|ferry services} to {T}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} cancelled {Sposs} {gas|arms|grain} deal with {T}{when}.
withdraw|-|S=CTRY,STATE,IGOA,IGOS;T=CTRY,STATE|{S} suspended aid to {T}{when}.
withdraw|-|S=CTRY,STATE;T=CTRY,STATE,MILU|{S} cut off military aid to {T}.
withdraw|-|S=CTRY,STATE;T=CTRY|{S} closed {Sposs} embassy in {T}{when}.
withdraw|-|S=CTRY,STATE;T=CTRY|{S} recalled {Sposs} ambassador from {T}{when}.
withdraw|-|S=IGOS,CTRY;T=CTRY|{S} pulled {Sposs} {peacekeepers|monitors|observers} out of {T}.
withdraw|-|S=STATE,IGO,LEAD;T=STATE,ARMG,OPPO;X=STATE,ARMG,OPPO|{S} pulled out of {Sposs} mediation between {T} and {X}.
withdraw|-|S=IGOS,CTRY;T=CTRY|{S} withdrew {Sposs} {election observers|monitors} from {T}{when}.
withdraw|-|S=BIZ,CTRY,STATE;T=CTRY|{S} pulled {Sposs} investments out of {T}.
expel|-|S=CTRY,STATE;T=AMB|{S} expelled {T}{when}.
expel|-|S=CTRY,STATE;T=AMB|{S} declared {T} persona non grata.
expel|-|S=CTRY,STATE;T=AMB|{S} ordered {T} to leave the country within {48 hours|72 hours|a week}.
expel|-|S=OPPO;T=OPPP;dom=1|{S} expelled {T} from the party.
expel|-|S=IGOS;T=CTRY|{S} suspended {T's} membership{when}.
expel|-|S=IGOS;T=CTRY|{S} expelled {T} from the {bloc|organisation}{when}.
expel|-|S=CTRY,STATE;T=AMB|the expulsion of {T} by {S}{when} escalated the dispute over {ISSUE}.
expel|-|S=CTRY,STATE;T=AMB|{T} [T:was|were] expelled by {S}{when}.
convict|-|S=COURT;T=PERS,LEAD,OPPP;dom=0.9|{S} convicted {T} of {CRIME}{when}.
convict|-|S=COURT;T=PERS,LEAD,OPPP;dom=0.9|{S} found {T} guilty of {CRIME}.
convict|-|S=COURT;T=PERS,LEAD,OPPP;dom=0.9|{S} sentenced {T} to {N} years in prison for {CRIME}.
convict|-|S=COURT;T=BIZ;dom=0.9|{S} fined {T} {AMT} for {CRIME_BIZ}.
convict|-|S=COURT;T=BIZ,GOVEXEC;dom=0.9|{S} ordered {T} to pay {AMT} in damages{when}.
convict|-|S=COURT;T=PERS,LEAD,OPPP;dom=0.9|{T} [T:was|were] convicted by {S} of {CRIME}.
convict|-|S=HICOURT;T=GOVEXEC,GOVVERB,HEAD;dom=1|{S} ruled that {T} had acted unconstitutionally.
convict|-|S=HICOURT;T=GOVEXEC,HEAD;dom=1|{S} struck down {T's} {decree|emergency law|election law} as unconstitutional.
convict|-|S=COURT;T=BIZ;dom=0.9|{S} found {T} guilty of {CRIME_BIZ}{when}.
!discontinue|-|-|{S} did not impose sanctions on {T}{when}.
!discontinue|-|S=CTRY,STATE;T=CTRY,STATE|{S} [S:has|have] not cut ties with {T}.
!expel|-|S=CTRY,STATE;T=AMB|{S} [S:has|have] not expelled {T}.
!withdraw|-|S=CTRY,STATE,IGOA;T=CTRY,STATE|{S} [S:has|have] not suspended aid to {T}.
!discontinue|-|-|{S} stopped short of imposing sanctions on {T}.
"""

T_MOBILIZE = r"""
troops|-|T=CTRY;dom=0|{S} deployed {troops|additional troops|thousands of troops} to the border with {T}{when}.
troops|-|T=CTRY;dom=0|{S} massed troops {near|along} the border with {T}.
troops|-|S=MILC,STATE;T=ARMG,MILU;dom=0.6|{S} sent reinforcements to {TOWN} ahead of a possible offensive by {T}.
troops|-|S=CTRY,STATE,HEAD,MILC|{S} put {Sposs} {armed forces|troops|army} on high alert amid tensions with {T}.
troops|-|S=CTRY,STATE,MILC|{S} mobilised {Sposs} reservists ahead of a possible confrontation with {T}.
troops|-|S=CTRY,STATE,MILC|{S} called up {NUMBIG} reservists amid a standoff with {T}.
troops|-|T=CTRY;dom=0|{S} stationed {NUMBIG} soldiers along the frontier with {T}.
troops|-|S=CTRY,MILC,MILU;T=CTRY;dom=0|{S} conducted military exercises near the border with {T}{when}.
troops|-|S=CTRY,MILC,MILU;T=CTRY,ARMG|{S} staged war games {close to|near} territory held by {T}.
troops|-|S=CTRY,STATE,MILC|{S} raised the alert level of {Sposs} armed forces, citing threats from {T}.
troops|-|T=CTRY;X=GOV,IGO;dom=0|a build-up of {forces|troops} by {S} along the border with {T} {alarmed|worried} {X}.
troops|-|T=CTRY;dom=0|{S's} deployment of troops near {T} {raised fears of|sparked concerns about} {a wider conflict|an invasion}.
troops|-|T=CTRY;dom=0|{S} [S:has|have] moved {NUMBIG} troops closer to the border with {T}.
troops|-|S=MILC,STATE;T=ARMG;dom=0.6|{S} deployed special forces to {TOWN} ahead of an expected offensive by {T}.
troops|-|T=CTRY;dom=0|{S} [S:is|are] massing troops near {T}, {X} said.
troops|-|T=LOC|{S} sent {NUMBIG} troops to {T}{when}.
troops|-|S=MILU;T=CTRY,ARMG|{S} took up positions along the {frontier|front line} with {T}{when}.
weapons|-|T=CTRY;dom=0|{S} deployed {missiles|missile launchers|air-defence batteries} near the border with {T}.
weapons|-|T=CTRY,STATE;dom=0|{S} sent warships to waters claimed by {T}{when}.
weapons|-|T=CTRY;dom=0|{S} moved tanks toward the frontier with {T}{when}.
weapons|-|S=CTRY,STATE,MILC;dom=0|{S} test-fired {ballistic|cruise|short-range} missiles in a show of force aimed at {T}.
weapons|-|S=CTRY,STATE,MILC|{S} stepped up {Sposs} arms buildup amid tensions with {T}.
weapons|-|T=CTRY;dom=0|{S} positioned fighter jets within striking distance of {T}.
weapons|-|T=CTRY;dom=0|{S} dispatched an aircraft carrier to waters near {T}{when}.
weapons|-|S=CTRY,STATE,HEAD|{S} put {Sposs} nuclear forces on alert amid a standoff with {T}.
weapons|-|T=CTRY;dom=0|{S} bolstered {Sposs} air defences along the border with {T}.
weapons|-|T=CTRY;dom=0|{S} flew bombers close to {T's} airspace in a show of force{when}.
weapons|-|T=CTRY;dom=0|{S} deployed armed drones along the border with {T}{when}.
police|-|S=STATE,POL;T=CROWD,OPPO;dom=1|{S} deployed riot police ahead of a planned rally by {T}{where}.
police|-|S=STATE;T=CROWD,OPPO,LAB;dom=1|{S} placed security forces on alert ahead of protests by {T}{when}.
police|-|S=STATE;T=OPPO,OUTLET,NGO;dom=1|{S} stationed police outside {T's} headquarters{when}.
police|-|S=STATE;T=OPPO,CROWD;dom=1|{S} flooded the capital with police ahead of a march by {T}.
police|-|S=STATE,POL;T=CROWD,OPPO,LAB;dom=1|{S} put {Sposs} {police|riot} units on standby as {T} prepared to march{where}.
militia|-|S=ARMG,ARMP;T=STATE,MILU,ARMG|{S} mobilised {Sposs} fighters against {T}{when}.
militia|-|S=ARMG;T=STATE,MILU,ARMG|{S} massed fighters on the outskirts of {TOWN}, held by {T}.
militia|-|S=ARMG,OPPO,ARMP;T=STATE,ARMG,LEAD|{S} rallied armed supporters ahead of a showdown with {T}.
militia|-|S=ARMG,ARMP;T=STATE,MILU,ARMG|{S} recruited {NUMBIG} fighters to confront {T}.
militia|-|S=ARMG;T=STATE,MILU,ARMG|{S} deployed {gunmen|fighters} to positions facing {T}{where}.
militia|-|S=ARMG;T=STATE,MILU,ARMG|{S} [S:has|have] reinforced {Sposs} positions around {TOWN} in preparation for a confrontation with {T}.
militia|-|S=ARMG;T=LOC|{S} massed fighters near {T}{when}.
militia|-|S=ARMG,ARMP;T=STATE,MILU,ARMG|{S} armed {NUMBIG} volunteers to fight {T}{when}.
troops|-|S=CTRY,MILC;T=CTRY;dom=0|{S} began large-scale military drills close to {T}{when}.
weapons|-|S=CTRY,MILC;T=CTRY;dom=0|{S} moved nuclear-capable missiles closer to {T}.
police|-|S=STATE,POL;T=CROWD,OPPO;dom=1|{S} deployed armoured police vehicles in {TOWN} ahead of a protest by {T}.
!troops|-|T=CTRY;dom=0|{S} [S:has|have] not deployed troops to the border with {T}.
!troops|-|S=CTRY,STATE,MILC|{S} did not mobilise {Sposs} forces against {T}{when}.
!troops|-|S=CTRY;T=CTRY;dom=0|no troops from {S} have been sent to the frontier with {T}.
!weapons|-|T=CTRY;dom=0|{S} did not deploy missiles near the border with {T}.
!militia|-|S=ARMG;T=STATE,MILU,ARMG|{S} [S:has|have] not mobilised fighters against {T}.
"""

T_COERCE = r"""
arrest|-|-|{S} {had}arrested {T}{where}{when}.
arrest|-|-|{S} {had}detained {T}{when}.
arrest|-|T=CROWD,LABC|{S} rounded up {T}{where}{when}.
arrest|-|-|{S} took {T} into custody{when}.
arrest|-|S=STATE,POL|{S} jailed {T}{when}.
arrest|-|T=PERS,OPPP,JOURN|{S} placed {T} under house arrest{when}.
arrest|-|-|{T} [T:was|were] arrested by {S}{where}{when}.
arrest|-|X=GOV,IGO,NGO|the arrest of {T} by {S}{when} {sparked outrage|drew condemnation from {X}}.
arrest|-|-|{S} [S:has|have] detained {T} without charge.
arrest|-|-|{S} apprehended {T} {at the airport|at a checkpoint|in a dawn raid}{when}.
arrest|-|T=PERS,OPPP,JOURN|{T} [T:has|have] been held by {S} since {MONTH}.
arrest|-|S=POL,MILU;T=OPPO,NGO,LABU|{S} detained {N} members of {T}{when}.
seize|-|S=POL;T=OPPO,OUTLET,NGO,BIZ|{S} raided {T's} offices{when}.
seize|-|S=POL;T=PERS,OPPP,JOURN|{S} searched the home of {T}{when}.
seize|-|T=OUTLET,NGO,OPPO,BIZ|{S} confiscated {T's} {equipment|computers|documents}.
seize|-|S=STATE,MILU;T=BIZ,CTRY;dom=0|{S} seized a tanker {belonging to|operated by} {T}{when}.
seize|-|S=STATE,POL;T=BIZ,OPPO,PERS|{S} seized {T's} assets{when}.
seize|-|S=STATE,MILU;T=BIZ,CTRY;dom=0|{S} impounded vessels belonging to {T}.
seize|-|S=POL;T=OPPO,OUTLET,NGO,BIZ|the headquarters of {T} {was|were} raided by {S}{when}.
restrict|-|S=STATE,HICOURT;T=OPPO,NGO|{S} banned {T}{when}.
restrict|-|S=STATE,HICOURT;T=OPPP,PERS|{S} barred {T} from {running in|contesting} the {presidential |parliamentary |}election.
restrict|-|S=STATE,HICOURT;T=OPPO,NGO|{S} dissolved {T}{when}.
restrict|-|S=STATE,HICOURT;T=OPPO,NGO|{S} outlawed {T}.
restrict|-|S=STATE,COURT;T=PERS,OPPP,JOURN|{S} imposed a travel ban on {T}.
restrict|-|S=POL;T=CROWD|{S} pushed back {T} {trying to reach|marching towards} {the parliament|the presidential palace}.
restrict|-|S=POL;T=CROWD,OPPO|{S} blocked {T} from marching to {the city centre|the parliament}{when}.
restrict|-|S=POL,MILU;T=CROWD,JOURN|{S} sealed off {TOWN} to keep out {T}.
censor|-|S=STATE,POL;T=OUTLET|{S} shut down {T}{when}.
censor|-|S=STATE;T=OUTLET,NGO,OPPO|{S} blocked {T's} website{when}.
censor|-|S=STATE;T=OUTLET,JOURN|{S} censored {T}{when}.
censor|-|S=STATE;T=OUTLET|{S} suspended {T's} broadcasting licence.
censor|-|S=STATE;T=OUTLET|{S} took {T} off the air{when}.
censor|-|S=STATE;T=PERS,JOURN|{S} banned the publication of {T's} {book|memoir|articles}.
curfew|-|S=STATE,POL,MILC;T=LOC,RESID|{S} imposed a curfew on {T}{when}.
curfew|-|S=STATE,POL,MILC;T=CROWD,OPPO|{S} imposed a {dusk-to-dawn|night-time|24-hour} curfew in {TOWN} following protests by {T}.
martial-law|-|S=STATE,HEAD,MILC;T=ARMG,CROWD,OPPO|{S} declared martial law in the {DIR} provinces {after|following} {attacks|unrest} {by|involving} {T}.
martial-law|-|S=STATE,HEAD;T=CROWD,OPPO,ARMG|{S} imposed a state of emergency to contain {T}.
deport|-|S=STATE,POL;T=REF,PERS,JOURN;dom=0.4|{S} deported {T}{when}.
deport|-|S=STATE;T=JOURN,NGO,PERS;dom=0.4|{S} expelled {T} from the country{when}.
deport|-|S=STATE,POL;T=REF;dom=0.4|{S} forcibly returned {T} to their home country.
deport|-|S=STATE,POL;T=REF,PERS;dom=0.4|{T} [T:was|were] deported by {S}{when}.
withhold|-|S=STATE,MILC,ARMG;T=RESID,LOC|{S} cut off electricity to {T}{when}.
withhold|-|S=STATE,MILC;T=ARMG|{S} shut off the internet in areas controlled by {T}.
withhold|-|S=STATE,MILC,ARMG;T=RESID,LOC|{S} blocked food deliveries to {T}{when}.
withhold|-|S=STATE,MILC,ARMG;T=RESID,LOC|{S} cut water supplies to {T}{when}.
misinformation|-|S=STATE,OPPO,CYB;T=STATE,OPP,LEAD,NGO;dom=0.5|{S} ran a disinformation campaign against {T}{when}.
misinformation|-|S=STATE,CYB;T=STATE,OPP,LEAD,MED;dom=0.5|{S} spread fabricated reports about {T} on social media.
cyber|-|S=CYB,CYB,CTRY;T=STATE,BIZ,CTRY,OUTLET;dom=0|{S} hacked {T's} computer {systems|networks}{when}.
cyber|-|S=CYB,CYB,CTRY;T=STATE,BIZ,CTRY;dom=0|{S} launched a cyberattack on {T}{when}.
cyber|-|S=CYB,CYB,CTRY;T=STATE,BIZ,OUTLET,OPPO;dom=0|{S} breached {T's} email servers.
cyber|-|S=CYB,CYB,CTRY;T=STATE,BIZ,OUTLET;dom=0|{S} carried out a denial-of-service attack on {T's} websites{when}.
!arrest|-|-|{S} did not arrest {T}{when}.
!arrest|-|-|{S} [S:has|have] not detained {T}.
!arrest|-|-|{T} [T:was|were] not arrested by {S}, officials said.
!restrict|-|S=STATE,HICOURT;T=OPPO,NGO|{S} [S:has|have] not banned {T}.
!deport|-|S=STATE,POL;T=REF,PERS;dom=0.4|{S} did not deport {T}{when}.
"""

T_ASSAULT = r"""
-|-|-|{S} {had}attacked {T}{where}{when}.
-|-|T=MILU,ARMG,CTRY,LOC|{S} launched an offensive against {T}{when}.
-|-|S=MILU,ARMG;T=MILU,ARMG|{S} clashed with {T}{where}{when}.
-|-|T=VICT|{S} killed {N} {T}{where}{when}.
-|-|T=VICT,MILU,POL|{S} ambushed {T}{where}{when}.
-|-|T=ARMG,VICT,LOC|the raid by {S} on {T}{when} left {N} people dead.
-|-|T=VICT,MILU,POL,ARMG,LOC|an attack by {S} on {T}{where} left {N} dead.
-|-|-|{T} [T:was|were] attacked by {S}{where}{when}.
-|-|T=VICT,PERS,JOURN|{T} [T:was|were] killed by {S}{where}{when}.
-|-|T=VICT|{S} [S:has|have] killed at least {N} {T} since {MONTH}.
-|-|-|{S} [S:attacks|attack] {T}{where}.
-|-|S=MILU,ARMG;T=LOC|{S} stormed {T}{when}.
-|-|S=ARMG;T=MILU,POL,LOC|{S} overran {T}{when}, killing {N} people.
firearms|-|-|{S} opened fire on {T}{where}{when}.
firearms|-|T=PERS,LEAD,JOURN,OPPP|{S} shot dead {T}{where}{when}.
firearms|-|-|{S} fired on {T}{where}{when}.
firearms|-|-|{T} came under fire from {S}{where}{when}.
firearms|-|T=VICT,CROWD,MILU,POL|{S} sprayed {T} with gunfire{when}.
firearms|-|T=VICT|{S} shot and wounded {N} {T}{where}.
explosives|-|S=ARMG;T=VICT,MILU,POL,PERS,LEAD|{S} detonated a roadside bomb targeting {T}{where}{when}.
explosives|-|S=ARMG;T=VICT|a car bomb planted by {S} killed {N} {T}{where}.
explosives|-|S=ARMG,MILU;T=VICT,MILU,POL|{S} planted mines {on roads|along routes} used by {T}.
explosives|-|S=ARMG;T=VICT|{S} claimed responsibility for a bombing that killed {N} {T}{where}.
explosives|-|S=ARMG;T=MILU,POL|{S} bombed a checkpoint manned by {T}{where}.
suicide-attack|-|S=ARMG;T=VICT,MILU,POL|a suicide bomber sent by {S} attacked {T}{where}{when}.
suicide-attack|-|S=ARMG;T=VICT,MILU,POL|{S} carried out a suicide attack on {T}{where}.
suicide-attack|-|S=ARMG;T=VICT,MILU,POL|{S} claimed a suicide car bombing that targeted {T}{when}.
aerial|-|S=MILU,CTRY;T=ARMG,MILU,VICT,LOC|{S} launched air strikes on {T}{where}{when}.
aerial|-|S=MILU,CTRY;T=ARMG,MILU,VICT,LOC|warplanes from {S} bombed {T}{where}{when}.
aerial|-|S=MILU,CTRY;T=ARMG,MILU,VICT,LOC|{S} carried out air raids against {T}{when}.
aerial|-|S=MILU,CTRY;T=ARMG,MILU,LOC|air strikes by {S} on {T}{where} killed {N} people.
aerial|-|S=MILU;T=ARMG,MILU,VICT,LOC|helicopter gunships {operated by|belonging to} {S} attacked {T}{where}.
drone|-|S=MILU,ARMG,CTRY;T=ARMG,MILU,VICT,LOC|{S} carried out a drone strike on {T}{where}{when}.
drone|-|S=MILU,ARMG,CTRY;T=ARMG,MILU,VICT,LOC|{S} used drones to attack {T}{when}.
drone|-|S=MILU,ARMG,CTRY;T=ARMG,MILU,VICT,LOC|a drone launched by {S} hit {T}{where}{when}.
heavy-weapons|-|S=MILU,ARMG,CTRY;T=LOC,ARMG,MILU|{S} shelled {T}{when}.
heavy-weapons|-|S=MILU,ARMG;T=ARMG,MILU|{S} shelled positions held by {T}{where}{when}.
heavy-weapons|-|S=MILU,ARMG,CTRY;T=LOC,ARMG,MILU,VICT|{S} fired rockets at {T}{where}{when}.
heavy-weapons|-|S=MILU,ARMG;T=LOC,ARMG,MILU|{S} pounded {T} with artillery{when}.
heavy-weapons|-|S=MILU,ARMG;T=LOC,ARMG,MILU|{S} fired mortars at {T}{where}.
heavy-weapons|-|S=MILU,ARMG;T=LOC,ARMG|the shelling of {T} by {S}{when} {killed|wounded} {N} people.
heavy-weapons|-|S=MILU,ARMG,CTRY;T=LOC,ARMG|{S's} bombardment of {T} continued{when}.
heavy-weapons|-|S=MILU,ARMG;T=LOC,ARMG,MILU|{T} [T:was|were] shelled by {S}{when}.
targeted|-|T=PERS,LEAD,OPPP,JOURN|{S} assassinated {T}{where}{when}.
targeted|-|T=PERS,LEAD,OPPP,JOURN|{S} killed {T} in a targeted attack{where}.
targeted|-|S=ARMG,MILU;T=PERS,CAPT|{S} executed {T}{when}.
targeted|-|S=ARMG,MILU;T=VICTC|{S} massacred {T}{where}.
targeted|-|T=PERS,LEAD,JOURN|the killing of {T} by {S}{when} {sparked outrage|prompted calls for an investigation}.
abduct|-|S=ARMG;T=PERS,VICT,JOURN|{S} kidnapped {T}{where}{when}.
abduct|-|S=ARMG;T=PERS,VICT,JOURN|{S} abducted {T}{where}{when}.
abduct|-|S=ARMG;T=PERS,VICT,JOURN|{S} took {T} hostage{where}.
abduct|-|S=ARMG;T=VICTC|{S} hijacked a {bus|truck|ferry} carrying {T}{where}.
abduct|-|S=MILU,ARMG;T=MILU,ARMG|{S} captured {N} fighters from {T}{where}{when}.
abduct|-|S=ARMG;T=PERS,VICT,JOURN|{T} [T:was|were] kidnapped by {S}{where}{when}.
abduct|-|S=ARMG;T=PERS,VICT,JOURN;X=GOV,IGO,NGO|the abduction of {T} by {S}{when} was condemned by {X}.
beat|-|S=POL,MILU,ARMG;T=PERS,JOURN,CROWD;dom=1|{S} beat {T}{where}{when}.
beat|-|S=POL,MILU,ARMG,MOB;T=PERS,JOURN,CROWD,POL;dom=1|{S} assaulted {T}{where}{when}.
beat|-|S=POL,MILU;T=PERS,JOURN,CROWD;dom=1|{S} punched and kicked {T}{where}.
beat|-|S=POL,MILU;T=PERS,JOURN,CROWD;dom=1|{T} [T:was|were] beaten by {S}{when}.
torture|-|S=POL,MILU,ARMG;T=PERS,PRIS,CAPT;dom=0.8|{S} tortured {T}{when}.
torture|-|S=POL,MILU;T=PERS,PRIS;dom=1|{T} [T:was|were] tortured by {S} in {detention|custody}.
sexual|-|S=MILU,ARMG,POL;T=VICTC|{S} committed sexual violence against {T}{where}.
sexual|-|S=MILU,POL;T=PERS,PRIS;dom=1|{S} sexually assaulted {T} in {detention|custody}.
destroy|-|S=MILU,ARMG,STATE;T=VICTC|{S} demolished homes belonging to {T}{where}.
destroy|-|S=MILU,ARMG;T=MILU,ARMG|{S} destroyed {T's} {headquarters|supply depots|bases}{when}.
destroy|-|S=MILU,ARMG;T=VICTC|{S} razed farms belonging to {T}{where}.
destroy|-|S=MILU,ARMG,CTRY;T=CTRY,STATE,LOC|{S} bombed {T's} power stations{when}.
primitive|-|S=ARMG,MOB;T=VICTC,PERS|{S} attacked {T} with machetes{where}{when}.
primitive|-|S=ARMG,MOB;T=VICTC|{S} set fire to homes belonging to {T}{where}.
primitive|-|S=MOB,ARMG;T=PERS|{S} stabbed {T}{where}.
primitive|-|S=MOB,MOB,CROWD;T=POL,PERS,VICTC|{S} stoned {T}{where}{when}.
crowd-control|-|S=POL,MILU;T=CROWD;dom=1|{S} fired tear gas at {T}{where}{when}.
crowd-control|-|S=POL;T=CROWD;dom=1|{S} used water cannon to disperse {T}{where}.
crowd-control|-|S=POL;T=CROWD;dom=1|{S} fired rubber bullets at {T}{when}.
crowd-control|-|S=POL;T=CROWD;dom=1|{S} charged {T} with batons{where}.
crowd-control|-|S=POL,MILU;T=CROWD;dom=1|{T} [T:was|were] tear-gassed by {S}{where}{when}.
unconventional|-|S=MILU,CTRY,ARMG;T=VICTC,ARMG,LOC|{S} used chemical weapons against {T}{where}.
unconventional|-|S=MILU,ARMG;T=VICTC,ARMG,LOC|{S} carried out a chlorine gas attack on {T}{where}{when}.
!-|-|-|{S} did not attack {T}{when}.
!firearms|-|-|{S} [S:has|have] not fired on {T}.
!heavy-weapons|-|S=MILU,ARMG;T=LOC,ARMG,MILU|{S} did not shell {T}{when}.
!firearms|-|-|no shots were fired by {S} at {T}{when}.
!-|-|T=PERS,JOURN,CROWD,VICT|{T} [T:was|were] not harmed by {S}, witnesses said.
"""

TEMPLATE_TEXT = {
    "AGREE": T_AGREE,
    "CONSULT": T_CONSULT,
    "SUPPORT": T_SUPPORT,
    "CONCEDE": T_CONCEDE,
    "COOPERATE": T_COOPERATE,
    "AID": T_AID,
    "RETREAT": T_RETREAT,
    "REQUEST": T_REQUEST,
    "ACCUSE": T_ACCUSE,
    "REJECT": T_REJECT,
    "THREATEN": T_THREATEN,
    "PROTEST": T_PROTEST,
    "SANCTION": T_SANCTION,
    "MOBILIZE": T_MOBILIZE,
    "COERCE": T_COERCE,
    "ASSAULT": T_ASSAULT,
}

# --------------------------------------------------------------------------------------
# More templates (v2): wire-style sentences and the pairs that are easy to confuse
# (accuse / request / sanction; coerce / sanction; support / agree / consult;
# agree / concede; aid / mobilize). Same format as above; numbering continues.
# --------------------------------------------------------------------------------------

X_AGREE = r"""
-|-|-|{S} agreed on {DAY} to {COOPACT} with {T}, ending {months|years} of {wrangling|deadlock}.
-|-|S=STATE,LEAD;T=STATE,LEAD|{S} told reporters after talks in {VENUE} that {Spro} had agreed to {COOPACT} with {T}.
-|-|S=STATE,LEAD,IGOA;T=STATE|{S} offered {T} {AMT} in {loans|credit|reconstruction aid}, {a spokesperson|officials} said.
-|-|S=STATE,LEAD,IGOA;T=CTRY,STATE|{S} promised to help {T} rebuild {Tposs} {economy|roads and bridges|power grid} after {DISASTER}.
-|-|S=STATE,LEAD,IGOO;T=STATE,ARMG,OPPO|{S} said on {DAY} that {Spro} [S:was|were] willing to hold direct talks with {T} without preconditions.
-|-|S=STATE,LEAD;T=STATE,LEAD|{S} vowed to stand by {T} and pledged to {COOPACT}.
-|-|S=STATE,MILC;T=STATE,CTRY;dom=0|{S} agreed to withdraw {Sposs} troops from areas near the border with {T}{fwhen}.
-|-|S=STATE,ARMG,MILC;T=STATE,ARMG,MILC|{S} agreed to hand over {N} captured fighters to {T} as part of a prisoner swap.
-|-|-|{S} accepted {T's} proposal to {COOPACT}.
-|-|S=LEAD;T=LEAD|{S} invited {T} to visit {SCAP}, {Sposs} office said in a statement.
-|-|-|{S} signalled on {DAY} that {Spro} would be ready to {COOPACT} with {T}.
-|-|-|{S} struck a deal with {T} to {COOPACT}, {Sposs} spokesman said.
-|-|S=STATE,LEAD;T=STATE,LEAD;dom=0|{S} promised {T} that {Spro} would not {raise tariffs|deploy missiles near the border|interfere in its affairs}.
-|-|S=STATE,IGOA;T=STATE;dom=0|{S} pledged to {rebuild|fund|equip} {T's} {schools|hospitals|army} over the next {N} years.
-|-|-|{S} said {Spro} would work closely with {T} to {EFFORT}.
-|-|S=STATE,LEAD;T=STATE,OPPO,ARMG|{S} agreed to lift the {curfew|state of emergency} in response to demands from {T}{fwhen}.
-|-|-|{S} and {T} agreed during talks in {VENUE} to {COOPACT}.
-|-|S=LEAD;T=STATE,LEAD|{S} committed {Sposs} government to {COOPACT} with {T}, according to a joint statement.
-|-|-|{S} expressed {Sposs} readiness to mediate between {T} and {Tposs} neighbours.
-|-|S=STATE,IGOA,NGO;T=CTRY;dom=0|{S} offered to take in {NUMBIG} refugees from {T}.
-|-|S=STATE,LEAD;T=STATE,LEAD|{S} assured {T} that {Spro} would {honour|respect|implement} the {AGREEMENT}.
-|-|S=STATE,LEAD;T=STATE,ARMG|{S} agreed to free {PRISONERS} as demanded by {T}{fwhen}.
!-|-|-|{S} [S:has|have] not yet agreed to {COOPACT} with {T}, officials said.
!-|-|-|{S} made no commitment to {COOPACT} with {T} during the talks.
"""

X_CONSULT = r"""
-|-|-|{S} held talks with {T} in {VENUE} on {DAY}, {Sposs} office said in a statement.
-|-|-|{S} exchanged views with {T} on {TOPIC}{when}.
-|-|-|{S} and {T} held consultations on {TOPIC}, the {first|second|third} such meeting this year.
-|-|-|{S} met {T} to discuss {Tposs} {PLAN}.
-|-|-|{S} met {T} to press for {DEMANDNOUN}, {X2} said.
-|-|-|officials from {S} and {T} met in {VENUE} on {DAY} to discuss {TOPIC}.
-|-|-|{S} raised {ISSUE} with {T} during talks in {VENUE}.
-|-|-|{S} held a {closed-door|two-hour|working} meeting with {T}{when}{where}.
-|-|-|{S} sought {T's} views on {TOPIC} during a meeting{when}.
visit|-|S=VIS;T=CTRY|{S} {flew|travelled} to {T} on {DAY} for a {two-day|three-day} visit, {Sposs} first since {YEAR}.
phone|-|S=LEAD,IGOP;T=LEAD,IGOP|{S} spoke by phone with {T} on {DAY}, {Sposs} office said.
-|-|-|{S} convened a meeting with {T} on {TOPIC}{when}.
-|-|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} hosted {T} for talks on {TOPIC}, the {foreign ministry|presidency} said.
-|-|-|{S} and {T} discussed ways to {EFFORT} at a meeting in {VENUE}.
-|-|-|during {a meeting|talks} in {VENUE}{when}, {S} and {T} reviewed progress on {TOPIC}.
-|-|S=LEAD,IGOP,GOVVERB;T=LEAD,IGOP,GOVVERB|{S} had what {Spro} called {frank|constructive|productive} talks with {T} on {TOPIC}.
-|-|-|negotiators from {S} and {T} resumed talks on {ISSUE} in {VENUE}{when}.
-|-|-|{S} and {T} wrapped up {N} days of talks in {VENUE} on {DAY}.
-|-|-|{S} consulted {T} before {announcing|finalising} {Sposs} {PLAN}.
-|-|S=LEAD,IGOP,GOVVERB;T=LEAD,IGOP,GOVVERB|{S} met {Sposs} counterpart {T} in {VENUE} on {DAY}.
!-|-|-|{S} [S:has|have] had no contact with {T} since {YEAR}, officials said.
!-|-|-|{S} held no talks with {T} during the {SUMMIT}.
"""

X_SUPPORT = r"""
-|-|-|{S} praised {T} on {DAY} for {Tposs} {PRAISE}, calling {Tpro} {a reliable partner|a model for the region}.
-|-|-|{S} said {Spro} fully backed {T} in {Tposs} {dispute with its neighbours|bid to join the bloc|fight against corruption}.
-|-|-|{S} voiced support for {T's} {PLAN} during a meeting in {VENUE}.
-|-|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} signed a {AGREEMENT} with {T} during a visit to {VENUE}{when}.
-|-|-|{S} reaffirmed {Sposs} commitment to {T's} {security|sovereignty|territorial integrity} in a statement on {DAY}.
-|-|T=LEAD,OPPP,STATE|{S} sent a message of congratulations to {T} on {Tposs} {re-election|inauguration|election victory}.
-|-|T=CTRY,STATE,LEAD|{S} expressed condolences to {T} over {DISASTER}.
-|-|-|{S} hailed {Sposs} {AGREEMENT} with {T} as {a historic step|a breakthrough}.
-|-|T=LEAD,OPPP|{S} endorsed {T} for {president|re-election|the top job}{when}.
-|-|-|{S} spoke out in support of {T}, saying {Tpro} had acted {lawfully|responsibly|in self-defence}.
-|-|-|{S} paid tribute to {T} for {Tposs} {PRAISE}.
-|-|-|{S} defended {T's} {PLAN} against {critics|criticism from abroad}.
-|-|T=CTRY,STATE|{S} backed {T's} bid for a seat on the UN Security Council.
-|-|S=CTRY,GOVEXEC,HEAD;T=CTRY|{S} recognised {T's} sovereignty over {TOWN}{when}.
-|-|-|{S} said {Spro} stood in solidarity with {T} after {DISASTER}.
-|-|-|{T} won praise from {S} for {Tposs} {PRAISE}.
-|-|-|{S} applauded {T} on {DAY} for agreeing to {GOODDECISION}.
-|-|-|{S} gave {Sposs} full backing to {T} in a statement released on {DAY}.
-|-|S=STATE,LEAD;T=STATE,LEAD;dom=0|{S} and {T} signed a {AGREEMENT} in {VENUE}{when}, {X2} said.
-|-|-|{S} welcomed {T's} {PLAN}, saying it could help {EFFORT}.
-|-|S=STATE,LEAD,IGOO,BIZ;T=STATE,LEAD,IGOO,BIZ|{S} {reached an agreement|struck a deal|sealed a deal|clinched a deal|concluded an agreement} with {T} on {TOPIC}{when}.
-|-|S=STATE,LEAD;T=STATE,LEAD;dom=0|{S} and {T} {concluded|finalised|reached} a {AGREEMENT} after {N} rounds of talks in {VENUE}.
-|-|S=STATE,LEAD,IGOO;T=STATE,LEAD,IGOO|{S} struck a {AGREEMENT} with {T}{when}, {X2} said.
!-|-|-|{S} declined to endorse {T} ahead of the vote.
!-|-|-|{S} [S:has|have] not voiced support for {T's} {PLAN}.
"""

X_CONCEDE = r"""
-|-|-|{S} backed down in {Sposs} dispute with {T} over {ISSUE}{when}.
-|-|T=OPPO,CROWD,LAB|{S} gave in to pressure from {T} and agreed to {scrap|shelve|suspend} the {POLICY}.
-|-|S=STATE,IGOS;T=STATE,BIZ,LEAD;dom=0|{S} removed {T} from {Sposs} sanctions list{when}.
-|-|S=STATE,LEAD,MILC;T=STATE,ARMG|{S} declared a {three-day|72-hour|week-long} ceasefire in {Sposs} offensive against {T}.
-|-|S=STATE,LEAD;T=OPPO,OPPP,LAB,CROWD|{S} met a key demand of {T} by {scrapping|withdrawing} the {POLICY}.
-|-|S=COURT,HICOURT;T=PRIS,OPPP,PERS,JOURN|{S} overturned the conviction of {T}{when}.
-|-|S=STATE,BIZ;T=LAB|{S} accepted {T's} demand for higher wages, ending a {N}-week strike.
-|-|-|{S} dropped {Sposs} objections to {T's} {PLAN}{when}.
-|-|S=STATE;T=CROWD,OPPO,LAB|{S} reversed the planned {POLICY} after weeks of protests by {T}.
-|-|S=STATE,IGOS;T=CTRY,STATE;dom=0|{S} unblocked {AMT} in frozen funds belonging to {T}.
-|-|S=STATE,MILC;T=LOC,RESID|{S} lifted the siege of {T}{when}.
-|-|S=HEAD,STATE;T=PRIS,OPPP,JOURN|{S} granted a pardon to {T} on {DAY}, {Sposs} office said.
-|-|S=STATE,LEAD;T=OPPO,CROWD,LAB|{S} bowed to {T's} demands and {called off|postponed} the {POLICY}.
-|-|S=STATE,LEAD,MILC;T=STATE,LEAD|{S} admitted responsibility for {INCIDENT} and apologised to {T}.
-|-|S=STATE;T=OUTLET,NGO,OPPO|{S} allowed {T} to reopen {Tposs} offices{when}.
-|-|S=STATE,LEAD;T=STATE,ARMG,OPPO|{S} made a key concession to {T}, agreeing to {share power|hold early elections|release detainees}.
-|-|S=STATE,IGOS;T=STATE,LEAD;dom=0|{S} eased {Sposs} sanctions on {T} in return for {a prisoner release|progress on {TOPIC}}.
-|-|S=STATE,LEAD;T=CROWD,OPPO|{S} yielded to {T} and {dismissed|replaced} the {interior|finance} minister{when}.
!-|-|-|{S} refused to back down in {Sposs} dispute with {T}.
!-|-|-|{S} [S:has|have] not eased restrictions on {T} despite international pressure.
"""

X_COOPERATE = r"""
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} resumed {COMMODITY} shipments to {T}{when}.
-|-|S=MILU,POL,STATE;T=MILU,POL,STATE;X=ARMG|{S} worked alongside {T} in operations against {X}{where}.
-|-|S=CTRY,BIZ;T=CTRY,BIZ|{S} began joint production of {drones|vaccines|armoured vehicles} with {T}{when}.
-|-|S=CTRY,MILU;T=CTRY,MILU|{S} and {T} began coordinated patrols of {the shared border|the strait}{when}.
-|-|S=STATE,POL;T=STATE,POL|{S} provided {T} with information that led to the arrest of {N} suspects.
-|-|S=CTRY;T=CTRY|{S} granted ships from {T} access to {Sposs} ports under a new logistics arrangement.
-|-|S=STATE,POL;T=STATE,POL;dom=0|{S} arrested a suspect wanted by {T} and handed him over to {Tposs} authorities.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} and {T} opened a new border crossing to boost trade{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} signed contracts to buy {COMMODITY} from {T} worth {AMT}.
-|-|S=CTRY;T=CTRY|{S} and {T} carried out a joint search-and-rescue exercise {off the coast|in the strait}{when}.
-|-|S=STATE,POL,PROS;T=STATE,POL,PROS|investigators from {S} worked with {T} to trace {AMT} in stolen funds.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} restored {rail|air|road} links with {T}{when}, {a spokesperson|officials} said.
-|-|S=MILU;T=MILU|{S} took part in {N}-day exercises with {T}{where}.
-|-|S=CTRY,STATE;T=CTRY,STATE|{S} began supplying electricity to {T} through a new power line.
!-|-|S=CTRY,STATE;T=CTRY,STATE|{S} [S:has|have] not resumed {COMMODITY} shipments to {T}.
"""

X_AID = r"""
-|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} sent {engineers|troops|medical staff} to help {T} {rebuild|clear mines|fight the outbreak} after {DISASTER}.
-|-|S=CTRY;T=CTRY,MILU;dom=0|{S} delivered {WEAPONS} to {T} as part of a {AMT} military aid package.
-|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} approved {AMT} in military aid for {T}{when}.
-|-|S=CTRY;T=CTRY;dom=0|{S} deployed {military aircraft|transport planes|navy ships} to bring {GOODS} to {T}.
-|-|S=STATE,IGOH,NGO;T=REF,RESID,VICTC|{S} distributed {GOODS} to {T} displaced by {the fighting|the floods}.
-|-|S=CTRY,STATE,MILC;T=CTRY,MILU;dom=0|{S} trained {NUMBIG} soldiers from {T}{when}.
-|-|S=IGOF;T=CTRY,STATE|{S} disbursed a {AMT} loan tranche to {T}{when}.
-|-|S=CTRY,STATE;T=CTRY;dom=0|{S} supported {T} with {AMT} in emergency funding after {DISASTER}.
-|-|S=STATE,NGO,IGOH;T=LOC|{S} set up field hospitals in {T} after {DISASTER}.
-|-|S=CTRY;T=CTRY;dom=0|{S} gave {T} {N} {fighter jets|patrol boats|helicopters}{when}.
-|-|S=CTRY;T=CTRY;dom=0|{S} helped {T} evacuate {Tposs} citizens from {TOWN}.
-|-|S=CTRY,STATE,IGOA;T=CTRY,STATE;dom=0|{S} wrote off {AMT} of debt owed by {T}.
-|-|S=CTRY,STATE,IGOA,NGO;T=CTRY,STATE,REF,RESID;dom=0|a convoy of {N} trucks sent by {S} brought {GOODS} to {T}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE,MILU;dom=0|{S} [S:has|have] given {T} {AMT} in military assistance since {YEAR}, {X2} said.
-|-|S=STATE,MILU,IGOH;T=REF,RESID,CAPT|{S} airlifted {T} to safety from {TOWN}{when}.
-|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} financed the construction of {a hospital|a dam|a highway} in {T}.
!-|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} [S:has|have] not delivered the promised aid to {T}.
"""

X_RETREAT = r"""
withdraw|-|S=MILU,ARMG;T=MILU,ARMG,STATE|{S} pulled back from {TOWN} after {N} days of fighting with {T}.
withdraw|-|S=CTRY;T=CTRY;dom=0|{S} began withdrawing {Sposs} forces from {T} on {DAY}, {N} years after {Sposs} intervention.
release|-|S=STATE,POL;T=PRIS,JOURN,OPPP|{S} released {T} on bail{when}, {Tposs} lawyer said.
release|-|S=ARMG;T=CAPT|{T} [T:was|were] released by {S} after {N} months in captivity, {X2} said.
ceasefire|-|S=MILU,ARMG,CTRY;T=LOC,ARMG|{S} stopped {Sposs} {shelling|air strikes} on {T}{when}.
disarm|-|S=ARMG;T=STATE,IGOO|{S} handed in {NUMBIG} weapons to {T} under the peace deal.
resign|-|S=MINISTER;T=HEAD;dom=1|{S} resigned from {T's} cabinet{when}.
access|-|S=STATE,MILC;T=IGOH,NGO|{S} opened the border crossing to aid convoys from {T}{when}.
release|-|S=STATE,ARMG,MILC;T=STATE,CTRY,MILC;dom=0|{S} freed {N} soldiers captured from {T} in a goodwill gesture.
withdraw|-|S=MILU,ARMG;T=STATE,MILU,ARMG|{S} evacuated {Sposs} positions around {TOWN}, handing them to {T}.
ceasefire|-|S=STATE,MILU,ARMG;T=STATE,MILU,ARMG|{S} [S:has|have] respected the truce with {T} since {DAY}, monitors said.
withdraw|-|S=CTRY,MILC;T=CTRY;dom=0|the last {Sposs} soldiers left {T} on {DAY}, ending a {N}-year deployment.
!withdraw|-|S=MILU,CTRY;T=CTRY;dom=0|{S} [S:has|have] not pulled {Sposs} troops out of {T} despite the deal.
"""

X_REQUEST = r"""
change|-|-|{S} urged {T} to stop {the shelling of {TOWN}|its crackdown on protesters|arms sales to the rebels}.
change|-|-|{S} called on {T} to investigate {INCIDENT} and punish those responsible.
change|-|-|{S} demanded that {T} apologise for {INCIDENT}.
change|-|-|{S} demanded an explanation from {T} for {INCIDENT}.
assist|-|S=STATE,LEAD;T=STATE,IGOS;X=STATE|{S} urged {T} to impose sanctions on {X}.
assist|-|S=STATE,LEAD,IGO;T=STATE,IGOS,IGOA|{S} asked {T} to {help|step up efforts to} {EFFORT}.
change|-|-|{S} told {T} in a letter that {Tpro} must {DEMAND_CHANGE}.
yield|-|-|{S} appealed to {T} to {DEMAND_YIELD} {on humanitarian grounds|as a goodwill gesture}.
-|-|-|{S} sought clarification from {T} about {ISSUE}.
change|-|-|{S} wants {T} to {DEMAND_CHANGE}, {Sposs} spokesman said.
yield|-|-|{S} renewed {Sposs} call for {T} to {DEMAND_YIELD}.
yield|-|-|{S} pleaded with {T} to {DEMAND_YIELD}.
change|-|-|{S} lobbied {T} to {DEMAND_CHANGE}.
change|-|-|{S} asked {T} to explain {Tposs} {ACTION}.
assist|-|S=STATE,LEAD;T=STATE,IGOA;dom=0|{S} appealed to {T} on {DAY} for {GOODS_REQ} to cope with {DISASTER}.
change|-|-|in a statement on {DAY}, {S} urged {T} to {DEMAND_CHANGE}.
meet|-|-|{S} pressed {T} to come back to the negotiating table.
change|-|-|{S} called for {T} to {DEMAND_CHANGE}{when}.
!change|-|-|{S} stopped short of urging {T} to {DEMAND_CHANGE}.
"""

X_ACCUSE = r"""
allege|-|-|{S} accused {T} on {DAY} of {CRIME}, saying {Tpro} had {CRIME_VP}.
disapprove|-|-|{S} said {T's} {ACTION} was {unacceptable|a violation of international law|a dangerous provocation}.
disapprove|-|-|{S} called {T's} {ACTION} {unacceptable|illegal|a provocation}.
allege|-|T=STATE,ARMG,OPPO,GOVEXEC|{S} branded {T} {a terrorist group|a threat to regional stability|an illegitimate regime}.
disapprove|-|-|{S} lashed out at {T} over {Tposs} {ACTION}.
disapprove|-|-|{S} took aim at {T's} {ACTION} in a speech{when}.
allege|-|-|{S} said {T} [T:was|were] behind {INCIDENT}.
allege|-|-|{S} accused {T} of {CRIME} and called for {an international inquiry|sanctions|an investigation}.
disapprove|-|-|{S} condemned {T's} {ACTION} and urged restraint.
investigate|-|S=PROS,POL;T=PERS,OPPP,LEAD,BIZ|{S} questioned {T} over {alleged|suspected} {CRIME}{when}.
allege|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} filed a complaint against {T} at the {UN Security Council|World Trade Organization|International Court of Justice}.
disapprove|-|T=STATE,LEAD|{S} criticised {T} for failing to {EFFORT}.
allege|-|-|{S} blamed {T} for {INCIDENT}, a charge {Tpro} denied.
disapprove|-|-|{S} denounced {T} as {corrupt|incompetent|a puppet of foreign powers} at a rally in {TOWN}.
allege|-|-|{S} said {T} had {CRIME_VP}, citing {satellite images|witness accounts|intelligence reports}.
disapprove|-|-|{S} voiced {strong|sharp} disapproval of {T's} {ACTION}{when}.
disapprove|-|S=CTRY,STATE;T=AMB;dom=0|{S} summoned {T} on {DAY} to protest against {ACTION_GEN}.
allege|-|S=PROS;T=PERS,OPPP,LEAD,BIZ|{S} filed charges of {CRIME} against {T}{when}.
!allege|-|-|{S} stopped short of accusing {T} of {CRIME}.
!disapprove|-|-|{S} declined to criticise {T} over {Tposs} {ACTION}.
"""

X_REJECT = r"""
-|-|-|{S} rejected {T's} {accusations|claims} that {Spro} had {CRIME_VP}.
change|-|-|{S} refused to {comply with|accept} {T's} {demands|ultimatum}.
-|-|-|{S} said {Spro} would not accept {T's} {PLAN}.
assist|-|-|{S} turned down {T's} offer of {GOODS_REQ}.
-|-|-|{S} rebuffed {T's} overtures{when}.
-|-|-|{S} dismissed {T's} {PLAN} as {unrealistic|a non-starter}.
change|-|-|{S} defied {T's} calls to {DEMAND_CHANGE}.
assist|-|S=STATE,CTRY;T=STATE,CTRY;dom=0|{S} refused to hand over {PNAME} to {T}.
assist|-|-|{S} denied {T's} request for {GOODS_REQ}{when}.
meet|-|-|{S} refused {T's} invitation to {talks|a summit} in {VENUE}.
change|-|-|{S} said on {DAY} that {Spro} would ignore {T's} demand to {DEMAND_CHANGE}.
-|-|-|{S} refused to recognise the {AGREEMENT} signed by {T}.
yield|-|-|{S} rejected {T's} call to {DEMAND_YIELD}, {Sposs} spokesman said.
!-|-|-|{S} [S:has|have] not ruled out {T's} {PLAN}.
"""

X_THREATEN = r"""
violence|H|-|{S} warned on {DAY} that {Spro} would {respond with force|retaliate} if {T} {crossed the border|attacked again}.
-|-|-|{S} warned {T} against {interfering in its affairs|deploying troops near the border|any further provocation}.
violence|-|-|{S} threatened {T} with {retaliation|reprisals|a military response}, {Sposs} spokesman said.
restrict|-|S=STATE,IGOS,IGOA;T=STATE,CTRY;dom=0|{S} threatened to {freeze|suspend} {T's} {aid|membership|funding}.
-|-|-|{S} gave {T} {48 hours|a week|until Friday} to {DEMAND_YIELD} or face {military action|sanctions}.
violence|-|-|{S} said {Spro} [S:was|were] ready to use force against {T}.
arrest|H|S=STATE,PROS,POL;T=PERS,OPPP,JOURN;dom=1|{S} warned {T} that {Tpro} would face arrest if {Tpro} returned.
restrict|-|S=STATE,IGOS;T=STATE,BIZ;dom=0|{S} warned {T} of {new|tougher} sanctions over {Tposs} {ACTION}.
violence|-|-|{S} vowed to {punish|hit back at} {T} for {INCIDENT}.
relations|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} warned that {Spro} could cut ties with {T} over {ISSUE}.
violence|-|-|{S} warned {T} that any attack would be met with {a crushing response|force}.
!violence|-|-|{S} stopped short of threatening military action against {T}.
"""

X_PROTEST = r"""
demo|-|S=CROWD|{NUMBIG} {S} marched through {TOWN} on {DAY} to protest against {T's} {GRIEVANCE}.
demo|-|-|{S} staged a rally outside {T's} offices demanding {DEMANDNOUN}.
demo|-|-|{S} protested outside parliament against {T's} {GRIEVANCE}, calling for {DEMANDNOUN}.
strike|-|S=LAB;T=STATE,BIZ|{S} went on strike on {DAY} to press {T} for {higher wages|better pay|pension reform}.
obstruct|-|-|{S} blocked the main highway to {TOWN} to protest against {T}.
demo|-|-|{S} demonstrated against {T} in several cities{when}, {X2} said.
boycott|-|S=OPPO,OPPP;T=STATE,HEAD,GOVEXEC|{S} walked out of parliament in protest at {T's} {GRIEVANCE}.
demo|-|-|{S} held a {march|rally|vigil} to denounce {T's} {GRIEVANCE}.
demo|-|-|{S} took to the streets of {TOWN} on {DAY}, chanting slogans against {T}.
riot|-|S=CROWD;T=STATE,POL,BIZ|{S} clashed with police in {TOWN} during protests against {T}.
hunger|-|S=PRIS,PERS;T=STATE,COURT,POL|{S} refused food for a {second|third} week to protest against {T}.
!demo|-|-|{S} called off a planned protest against {T}.
"""

X_SANCTION = r"""
discontinue|-|-|{S} suspended talks with {T}{when}.
discontinue|-|-|{S} broke off negotiations with {T} over {ISSUE}.
discontinue|-|S=CTRY,STATE,IGOS;T=CTRY,STATE;dom=0|{S} imposed travel bans on {N} officials from {T}.
discontinue|-|S=CTRY,STATE,IGOS;T=CTRY,STATE,BIZ,LEAD;dom=0|{S} added {T} to {Sposs} {sanctions list|trade blacklist}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} banned ships and aircraft from {T} from {Sposs} territory.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} halted {arms sales|fuel shipments|grain exports} to {T}{when}.
discontinue|-|-|{S} announced {new|fresh} sanctions against {T} over {Tposs} {ACTION}.
withdraw|-|S=CTRY,STATE,IGOA;T=CTRY,STATE,IGOO;dom=0|{S} slashed funding to {T} over {Tposs} {ACTION}.
withdraw|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} withdrew from {Sposs} {AGREEMENT} with {T}{when}.
expel|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} expelled {N} diplomats from {T} on {DAY}, {X2} said.
convict|-|S=COURT,HICOURT;T=PERS,OPPP,JOURN,PRIS;dom=1|{S} sentenced {T} to {N} years in prison{when}.
convict|-|S=COURT;T=PERS,OPPP;dom=1|{T} [T:was|were] sentenced to {death|life in prison} by {S}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} froze {AMT} in assets held by {T}{when}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} suspended military cooperation with {T} over {Tposs} {ACTION}.
discontinue|-|S=CTRY,STATE;T=CTRY,STATE;dom=0|{S} cancelled {Sposs} planned visit to {T} in protest at {Tposs} {ACTION}.
!discontinue|-|-|{S} [S:has|have] not imposed new sanctions on {T}, despite calls to do so.
"""

X_MOBILIZE = r"""
troops|-|T=CTRY;dom=0|{S} sent {NUMBIG} troops to the border with {T} {as tensions rose|amid fears of an attack}.
troops|-|S=CTRY,STATE,MILC|{S} put {Sposs} troops on high alert after {T} {massed forces|test-fired missiles} near the border.
troops|-|T=CTRY;dom=0|{S} reinforced {Sposs} garrison near the border with {T}{when}.
troops|-|S=MILC,STATE;T=ARMG;dom=0.6|{S} deployed {NUMBIG} troops to {TOWN} to {confront|counter} {T}.
weapons|-|S=MILU,MILC,ARMG;T=MILU,ARMG|{S} moved {artillery|heavy weapons} closer to positions held by {T}.
militia|-|S=ARMG,ARMP;T=STATE,MILU,ARMG|{S} mobilised {NUMBIG} fighters to defend {TOWN} against {T}.
police|-|S=STATE,POL;T=CROWD,OPPO,LAB;dom=1|{S} deployed {NUMBIG} police officers ahead of a planned march by {T}.
troops|-|S=CTRY,STATE,MILC;T=CTRY;dom=0|{S} began a military build-up along {Sposs} frontier with {T}, satellite images showed.
weapons|-|S=CTRY,STATE,MILC;T=CTRY;dom=0|{S} deployed {air-defence systems|missile batteries} to counter {T}{when}.
troops|-|S=CTRY,STATE,MILC;T=CTRY,ARMG|{S} ordered {NUMBIG} reservists to report for duty amid tensions with {T}.
!troops|-|T=CTRY;dom=0|{S} [S:has|have] not sent troops to the border with {T}, officials said.
"""

X_COERCE = r"""
arrest|-|S=POL,STATE;T=OPPO,NGO,LABU|{S} arrested {N} members of {T} on charges of {CRIME}{when}.
arrest|-|S=POL,STATE;T=PERS,OPPP,JOURN|{S} detained {T} at {the airport|a checkpoint} on {DAY}, {Tposs} lawyer said.
restrict|-|S=STATE;T=OPPO,NGO,OUTLET;dom=1|{S} suspended {T's} {activities|operations|licence} {indefinitely|for six months}.
restrict|-|S=STATE,POL;T=PERS,OPPP,JOURN;dom=1|{S} confiscated {T's} passport{when}.
seize|-|S=STATE;T=NGO,OUTLET,OPPO;dom=1|{S} froze the bank accounts of {T}{when}.
arrest|-|S=STATE,POL;T=OPPO,CROWD|{S} cracked down on {T}, arresting {N} people{when}.
censor|-|S=STATE;T=OUTLET,NGO,OPPO;dom=1|{S} blocked access to {T's} {website|social media accounts}{when}.
seize|-|S=STATE,POL;T=OPPO,NGO,BIZ,PERS;dom=1|{S} seized {T's} {property|offices|equipment}{when}.
restrict|-|S=STATE,POL;T=CROWD,OPPO,LAB;dom=1|{S} banned a planned rally by {T}{when}.
arrest|-|S=POL;T=PERS,OPPP,JOURN;dom=1|{S} {had}held {T} incommunicado for {N} days.
restrict|-|S=STATE;T=PERS,OPPP,JOURN;dom=1|{S} barred {T} from leaving the country{when}.
deport|-|S=STATE,POL;T=REF|{S} deported {N} {T} to {TOWN}{when}.
arrest|-|S=POL,MILU;T=PERS,OPPP,JOURN;dom=1|{T} [T:was|were] taken into custody by {S} on {DAY}, {X2} said.
!arrest|-|S=POL,STATE;T=PERS,OPPP,JOURN|{S} [S:has|have] not detained {T} despite the warrant.
"""

X_ASSAULT = r"""
-|-|S=ARMG,MILU;T=VICT|{S} killed {N} {T} in an attack on {TOWN}{when}.
heavy-weapons|-|S=MILU,ARMG,CTRY;T=LOC,ARMG,MILU|{S} fired rockets at {T} on {DAY}, killing {N} people, {X2} said.
aerial|-|S=MILU,CTRY;T=ARMG,MILU,LOC|{S} carried out {N} air strikes against {T} {overnight|on {DAY}}, {X2} said.
-|-|S=MILU,ARMG;T=ARMG,MILU,LOC|{S} attacked {T} with {drones|rockets|artillery} in the {DIR} province of {PROV}.
-|-|S=MILU,ARMG;T=ARMG,MILU|{S} stormed a base held by {T}{when}.
-|-|S=ARMG;T=MILU,POL,VICT|{S} ambushed a convoy carrying {T}{where}.
abduct|-|S=ARMG;T=VICT,CAPT|{S} seized {N} {T} in a raid on {TOWN}{when}.
firearms|-|S=POL,MILU;T=CROWD|{S} opened fire on {T} during a {protest|march} in {TOWN}, killing {N}.
crowd-control|-|S=POL;T=CROWD;dom=1|{S} used tear gas and batons to disperse {T}{where}.
-|-|S=MILU,ARMG;T=MILU,ARMG|fierce fighting broke out between {S} and {T} near {TOWN}{when}.
-|-|S=ARMG,MILU;T=ARMG,OPPO|{S} killed {N} members of {T} in {TOWN}, {X2} said.
aerial|-|S=MILU,CTRY;T=ARMG,LOC|{S} bombed {T} for a {second|third} day{when}.
!-|-|S=MILU,ARMG;T=MILU,ARMG,LOC|{S} [S:has|have] not carried out any attacks on {T} since the truce.
"""

EXTRA_TEMPLATE_TEXT = {
    "AGREE": X_AGREE,
    "CONSULT": X_CONSULT,
    "SUPPORT": X_SUPPORT,
    "CONCEDE": X_CONCEDE,
    "COOPERATE": X_COOPERATE,
    "AID": X_AID,
    "RETREAT": X_RETREAT,
    "REQUEST": X_REQUEST,
    "ACCUSE": X_ACCUSE,
    "REJECT": X_REJECT,
    "THREATEN": X_THREATEN,
    "PROTEST": X_PROTEST,
    "SANCTION": X_SANCTION,
    "MOBILIZE": X_MOBILIZE,
    "COERCE": X_COERCE,
    "ASSAULT": X_ASSAULT,
}

# --------------------------------------------------------------------------------------
# Framing, background and adjuncts (they never change the label)
# --------------------------------------------------------------------------------------

WHEN = [
    "on {DAY}",
    "late on {DAY}",
    "on {DAY} night",
    "earlier this week",
    "last week",
    "last month",
    "over the weekend",
    "overnight",
    "on {DAY} morning",
    "in {MONTH}",
    "earlier on {DAY}",
]
FWHEN = [
    "next week",
    "next month",
    "later this month",
    "in the coming days",
    "before the end of the year",
    "early next year",
    "on {DAY}",
    "later this year",
    "within weeks",
]
WHERE = [
    "in {TOWN}",
    "in the {DIR} city of {TOWN}",
    "near the {DIR} town of {TOWN}",
    "in the {DIR} province of {PROV}",
    "in the capital",
    "near the border town of {TOWN}",
    "in the {DIR} district of {TOWN}",
]
SAYERS = [
    "officials",
    "witnesses",
    "a spokesperson for {X2}",
    "diplomatic sources",
    "local officials",
    "security sources",
    "a senior official",
    "{X2}",
    "people familiar with the matter",
    "residents",
]
SOURCES = [
    "officials",
    "state media",
    "a government spokesperson",
    "local sources",
    "witnesses",
    "diplomats",
    "a statement from {X2}",
    "{X2}",
    "a security source",
    "local media reports",
]
PREFIX_FRAMES = [
    "{SAYER} told reporters on {DAY} that ",
    "in a statement released on {DAY}, {X2} said ",
    "speaking at a news conference in {VENUE}, {X2} said ",
    "{SAYER} said on {DAY} that ",
    "according to {SRC}, ",
    "{SAYER} said ",
    "{SAYER} said that ",
    "state media reported that ",
    "local media reported that ",
    "in a statement, {X2} said that ",
    "{X2} said ",
]
SUFFIX_FRAMES = [
    ", {SAYER} said on {DAY}",
    ", {SAYER} told reporters in {VENUE}",
    ", {SAYER} said in a statement",
    ", a spokesperson for {X2} told reporters",
    ", according to a statement released by {X2} on {DAY}",
    ", the official news agency reported",
    ", {SAYER} said, speaking on condition of anonymity",
    ", {SAYER} said",
    ", according to {SRC}",
    ", state media reported",
    ", {X2} said",
    ", officials confirmed",
]
BG_PREFIX_COOP = [
    "amid tensions over {ISSUE}, ",
    "after weeks of {speculation|diplomatic contacts|preparations}, ",
    "despite objections from {X2}, ",
    "in a sign of warming ties, ",
    "with elections due in {MONTH}, ",
    "as part of efforts to ease tensions over {ISSUE}, ",
    "in the latest development in a long-running dispute over {ISSUE}, ",
]
BG_PREFIX_CONF = [
    "amid tensions over {ISSUE}, ",
    "despite calls for restraint from {X2}, ",
    "in the latest escalation of a dispute over {ISSUE}, ",
    "days after {X2} called for calm, ",
    "with elections due in {MONTH}, ",
    "despite international criticism, ",
    "as {X2} urged both sides to show restraint, ",
]
BG_SUFFIX_COOP = [
    "the first such step in {N} years",
    "in a move that could affect {NUMBIG} people",
    "ahead of the {SUMMIT} in {VENUE}",
    "amid tensions over {ISSUE}",
    "the first such step since {YEAR}",
    "weeks before a scheduled election",
    "as part of efforts to ease tensions",
    "a step welcomed by {X2}",
    "despite objections from {X2}",
]
BG_SUFFIX_CONF = [
    "in a conflict that has killed more than {NUMBIG} people since {YEAR}",
    "a move that drew sharp criticism from {X2}",
    "{N} days after a deadly attack in {TOWN}",
    "as fighting in the {DIR} region entered its {second|third|fourth} week",
    "amid tensions over {ISSUE}",
    "the first such incident since {YEAR}",
    "weeks before a scheduled election",
    "in a move likely to anger {X2}",
    "as {X2} urged both sides to show restraint",
    "the latest in a series of incidents",
]
TIME_PREFIX = [
    "on {DAY}, ",
    "earlier this week, ",
    "late on {DAY}, ",
    "last month, ",
    "in {MONTH}, ",
]
EXTRA_SENTENCES = [
    "{X2} declined to comment.",
    "Details remain unclear.",
    "Officials gave few further details.",
    "A reaction from {X2} is awaited.",
    "The two sides have been at odds over {ISSUE} since {YEAR}.",
    "Tensions in the region have risen in recent months.",
]
APPOS = {
    "HEAD": [
        "who took office in {YEAR}",
        "who is serving a second term",
        "who was re-elected last year",
        "a close ally of {XA}",
    ],
    "MINISTER": [
        "who took office in {YEAR}",
        "a former {lawyer|diplomat|economist|army officer}",
        "a close ally of {XA}",
    ],
    "IGOP": ["who took office in {YEAR}", "a former {lawyer|diplomat|economist}"],
    "OPPP": ["a former {lawyer|diplomat|economist|army officer}", "who lost the last election"],
    "CTRY": [
        "a close ally of {XA}",
        "a longtime partner of {XA}",
        "which holds elections next year",
        "which has faced months of political turmoil",
    ],
    "CAPGOV": ["a close ally of {XA}", "a longtime partner of {XA}"],
    "GOVEXEC": ["which has faced months of political turmoil", "which took office in {YEAR}"],
    "OPPO": ["which holds {N} seats in parliament", "which won {N} percent of the vote in {YEAR}"],
    "MILU": ["backed by {XA}", "stationed in the area since {YEAR}"],
    "ARMG": ["backed by {XA}", "active in the area since {YEAR}"],
    "CROWD": ["many of them young", "angered by the row over {ISSUE}"],
}

# --------------------------------------------------------------------------------------
# Distractors: a second event in the same sentence, between other actors ({V} and {U})
# or from the same source ({S} and {U}). Both events get a record, so that a classifier
# has to read the pair and not only the sentence. Half of the distractors come from a
# type that is easy to confuse with the main one.
# --------------------------------------------------------------------------------------

CONFUSABLE = {
    "ACCUSE": ["REQUEST", "SANCTION", "REJECT", "THREATEN"],
    "REQUEST": ["ACCUSE", "SANCTION", "THREATEN", "REJECT"],
    "SANCTION": ["ACCUSE", "COERCE", "REQUEST", "THREATEN"],
    "COERCE": ["SANCTION", "ASSAULT", "PROTEST"],
    "SUPPORT": ["AGREE", "CONSULT", "AID"],
    "AGREE": ["SUPPORT", "CONCEDE", "CONSULT", "RETREAT"],
    "CONSULT": ["SUPPORT", "AGREE"],
    "CONCEDE": ["AGREE", "RETREAT", "REQUEST"],
    "AID": ["MOBILIZE", "SUPPORT", "COOPERATE"],
    "MOBILIZE": ["AID", "ASSAULT", "THREATEN"],
    "COOPERATE": ["AID", "AGREE", "SUPPORT"],
    "RETREAT": ["CONCEDE", "AGREE", "ASSAULT"],
    "REJECT": ["REQUEST", "ACCUSE", "AGREE"],
    "THREATEN": ["ACCUSE", "MOBILIZE", "SANCTION"],
    "PROTEST": ["COERCE", "ACCUSE", "ASSAULT"],
    "ASSAULT": ["COERCE", "MOBILIZE", "ACCUSE"],
}
# {M}: the main event's clause, {D}: the distractor's.
JOIN_AFTER = [
    "{M}, {days|a day|hours|a week|two weeks} after {D}",
    "{M}, while {D}",
    "{M}, as {D}",
    "{M}; {meanwhile|separately|elsewhere}, {D}",
    "{M}, even as {D}",
    "{M}, and {D}",
    "{M} after {D}",
]
JOIN_BEFORE = [
    "{after|days after|a day after|hours after} {D}, {M}",
    "as {D}, {M}",
    "while {D}, {M}",
    "{D}, and {M}",
    "{D}, but {M}",
    "{D}, while {M}",
]
# The same source: {M} and {D} are verb phrases of {S}.
JOIN_SHARED = [
    "{S}, {Srel} {D}, {M}",
    "{S} {M}, {days|a day|hours|a week} after {Spro} {D}",
    "{S} {M} and {D}",
    "{S} {D} and {M}",
    "{S} {D}, and {M}",
    "{S} {M}, but {D}",
]


def kinds_of(role_kinds: list[str]) -> set[str]:
    """The concrete actor kinds a template role allows."""
    out: set[str] = set()
    todo = list(role_kinds)
    while todo:
        kind = todo.pop()
        if kind in COMPOSITE:
            todo.extend(k for k, _ in COMPOSITE[kind])
        else:
            out.add(kind)
    return out


def rename_roles(pattern: str, mapping: dict[str, str]) -> str:
    """Rename role slots ({S}, {S's}, {Spro}, [S:is|are], ...) as ``mapping`` says."""
    for old, new in mapping.items():
        pattern = re.sub(
            r"\{" + old + r"(?=(\}|'s\}|-\}|pro\}|poss\}|rel\}|CAP\}))", "{" + new, pattern
        )
        pattern = pattern.replace(f"[{old}:", f"[{new}:")
    return pattern


# --------------------------------------------------------------------------------------
# Machinery
# --------------------------------------------------------------------------------------


class Actor:
    __slots__ = ("name", "art", "pl", "person", "gender", "kind", "country", "form")

    def __init__(self, name, art, pl, person, gender, kind, country, form=""):
        self.name, self.art, self.pl, self.person = name, art, bool(pl), bool(person)
        self.gender, self.kind, self.country, self.form = gender, kind, country, form

    def mention(self) -> str:
        if not self.art:
            return self.name
        art = self.art
        if art in ("a", "an"):
            vowel = self.name[:1] in "AEIOUaeiou" and not self.name.startswith(
                ("US", "Ukr", "Uni", "Eu", "Ug")
            )
            art = "an" if vowel else "a"
        return f"{art} {self.name}"

    def possessive(self) -> str:
        base = self.mention()
        if base.endswith("s") and not self.person:
            return base + "'"
        return base + "'s"

    def pro(self) -> str:
        return self._pronoun(("they", "she", "he", "it"))

    def obj(self) -> str:
        return self._pronoun(("them", "her", "him", "it"))

    def _pronoun(self, forms: tuple[str, str, str, str]) -> str:
        """One of ``forms`` (plural, feminine, masculine, neuter) for this actor."""
        plural, feminine, masculine, neuter = forms
        if self.pl:
            return plural
        if self.person:
            return feminine if self.gender == "f" else masculine
        return neuter

    def poss(self) -> str:
        if self.pl:
            return "their"
        if self.person:
            return {"f": "her", "m": "his"}[self.gender]
        return "its"


class Template:
    __slots__ = ("etype", "tid", "mode", "modality", "negated", "roles", "pattern", "tag", "split")

    def __init__(self, etype, tid, mode, modality, negated, roles, pattern, tag, split):
        self.etype, self.tid, self.mode, self.modality = etype, tid, mode, modality
        self.negated, self.roles, self.pattern, self.tag = negated, roles, pattern, tag
        self.split = split  # "train" or "dev": dev templates never reach a training set


def template_split(index: int, negated: bool) -> str:
    """Every fifth template of a type (and the second negated one) is held out for dev."""
    if negated:
        return "dev" if index == 2 else "train"
    return "dev" if index % 5 == 3 else "train"


def parse_templates(apology_type: str) -> dict[str, list[Template]]:
    """Read the template tables; apologies go to apology_type (CONCEDE by the codebook)."""
    out: dict[str, list[Template]] = {t: [] for t in TYPES}
    for etype in TYPES:
        s_def, t_def, dom_def = DEFAULT_ROLES[etype]
        pos = neg = 0
        lines = TEMPLATE_TEXT[etype].strip().splitlines()
        lines += EXTRA_TEMPLATE_TEXT[etype].strip().splitlines()
        for raw in lines:
            line = raw.strip()
            if not line:
                continue
            mode, mod, roles, pattern = line.split("|", 3)
            negated = mode.startswith("!")
            mode = mode.lstrip("!")
            mode = "" if mode == "-" else mode
            if mod == "-":
                modality = "intended" if etype in INTENT_TYPES else "actual"
            else:
                modality = {"A": "actual", "I": "intended", "H": "hypothetical"}[mod]
            r = {
                "S": s_def.split(","),
                "T": t_def.split(","),
                "X": ["GOV", "IGO", "NGO"],
                "dom": dom_def,
                "dom_explicit": False,
            }
            tag = ""
            if roles != "-":
                for part in roles.split(";"):
                    key, val = part.split("=", 1)
                    if key == "dom":
                        r["dom"] = float(val)
                        r["dom_explicit"] = True
                    elif key == "tag":
                        tag = val
                    else:
                        r[key] = val.split(",")
            for key in ("S", "T", "X"):
                for k in r[key]:
                    if k not in FORMS and k not in COMPOSITE:
                        raise ValueError(f"unknown actor kind {k!r} in {etype}: {line}")
            if not pattern.endswith("."):
                raise ValueError(f"template must end with a full stop: {line}")
            target_type = apology_type if tag == "apology" else etype
            if negated:
                neg += 1
                tid = f"{etype}-neg-{neg:02d}"
                split = template_split(neg, True)
            else:
                pos += 1
                tid = f"{etype}-{pos:03d}"
                split = template_split(pos, False)
            out[target_type].append(
                Template(target_type, tid, mode, modality, negated, r, pattern, tag, split)
            )
    return out


NOT_VOWEL_SOUND = ("US", "UN", "Ug", "Uk", "Uni", "uni", "Eu", "eu", "one", "use", "usu")


def fix_article(m: re.Match) -> str:
    """'a' before a vowel sound becomes 'an' (fillers such as 'a {AGREEMENT}')."""
    art, word = m.group(1), m.group(2)
    if word[0] in "AEIOUaeiou" and not word.startswith(NOT_VOWEL_SOUND):
        return f"{art}n {word}"
    return m.group(0)


TIME_BLOCKERS = (
    "[",
    "will ",
    "since",
    " has ",
    " have ",
    "when}",
    "{fwhen",
    "would",
    "could",
    "might",
)


class Generator:
    def __init__(
        self,
        seed: int,
        neg_rate: float,
        apology_type: str,
        compose_rate: float = 0.0,
        short_rate: float = 0.0,
    ):
        self.rng = random.Random(seed)
        self.neg_rate = neg_rate
        self.compose_rate = compose_rate
        self.short_rate = short_rate  # share of actor strings given in a short form
        self.templates = parse_templates(apology_type)

    # ---- actors ----
    def person_name(self) -> tuple[str, str]:
        rng = self.rng
        if rng.random() < 0.5:
            return f"{rng.choice(FIRST_F)} {rng.choice(LAST)}", "f"
        return f"{rng.choice(FIRST_M)} {rng.choice(LAST)}", "m"

    def resolve_kind(self, kind: str) -> str:
        rng = self.rng
        while kind in COMPOSITE:
            options = COMPOSITE[kind]
            total = sum(w for _, w in options)
            x = rng.uniform(0, total)
            chosen = options[-1][0]
            for name, w in options:
                x -= w
                if x <= 0:
                    chosen = name
                    break
            kind = chosen
        return kind

    def make_actor(self, sub: str, country) -> Actor:
        rng = self.rng
        forms = FORMS[sub]
        if country[3] is None:
            forms = [f for f in forms if "{cap}" not in f[0]]
            if not forms:  # a capital-as-government form for a country without one: use the name
                forms = FORMS["CTRY"]
        pat, art, pl, person = rng.choice(forms)
        gender = pname = ""
        if person:
            pname, gender = self.person_name()
        cname = f"{country[1]} {country[0]}" if country[1] else country[0]
        name = (
            pat.replace("{dem}", country[2])
            .replace("{name}", country[0])
            .replace("{cname}", cname)
            .replace("{cap}", country[3] or "")
            .replace("{P}", pname)
            .replace("{town}", rng.choice(TOWNS))
        )
        art = art.replace("{cart}", country[1])
        return Actor(name, art, pl, person, gender, sub, country, pat)

    def other_country(self, c):
        rng = self.rng
        c2 = rng.choice(COUNTRIES)
        while c2 is c:
            c2 = rng.choice(COUNTRIES)
        return c2

    def cast(self, tpl: Template) -> dict:
        """Choose the actors: kinds first, then countries, then surface forms."""
        rng = self.rng
        roles = tpl.roles
        ks = self.resolve_kind(rng.choice(roles["S"]))
        kt = self.resolve_kind(rng.choice(roles["T"]))
        c1 = rng.choice(COUNTRIES)
        if roles["dom_explicit"] and roles["dom"] >= 1.0:
            c2 = c1
        elif ks in STATE_LEVEL and kt in STATE_LEVEL:
            c2 = self.other_country(
                c1
            )  # two organs of one state: not what these templates describe
        elif rng.random() < roles["dom"]:
            c2 = c1
        else:
            c2 = self.other_country(c1)
        cx = self.other_country(c1)
        return {
            "S": self.make_actor(ks, c1),
            "T": self.make_actor(kt, c2),
            "X": self.make_actor(self.resolve_kind(rng.choice(roles["X"])), cx),
            "X2": self.make_actor(
                self.resolve_kind(rng.choice(["GOV", "GOV", "IGO", "NGO"])), self.other_country(c1)
            ),
            "XA": self.make_actor(
                self.resolve_kind(rng.choice(["CTRY", "CTRY", "LEAD"])), self.other_country(c1)
            ),
        }

    # ---- rendering ----
    def render(self, pattern: str, ctx: dict) -> str:
        rng = self.rng
        actors = ctx["actors"]
        counts = ctx["counts"]

        def brace(m: re.Match) -> str:
            tok = m.group(1)
            if "|" in tok:
                return rng.choice(tok.split("|"))
            if tok in ("S", "T", "U", "V", "X", "X2", "XA"):
                counts[tok] += 1
                return actors[tok].mention()
            if tok.endswith("'s") and tok[:-2] in ("S", "T", "U", "V", "X", "X2"):
                counts[tok[:-2]] += 1
                return actors[tok[:-2]].possessive()
            if tok in ("S-", "T-", "U-", "V-", "X-"):
                counts[tok[0]] += 1
                return actors[tok[0]].name
            if tok in ("Spro", "Tpro", "Upro", "Vpro"):
                return actors[tok[0]].pro()
            if tok in ("Sobj", "Tobj"):  # object pronoun: "urged him to"
                return actors[tok[0]].obj()
            if tok in ("Sposs", "Tposs", "Uposs", "Vposs", "Xposs"):
                return actors[tok[0]].poss()
            if tok in ("Srel", "Trel"):  # relative pronoun
                return "who" if actors[tok[0]].person else "which"
            if tok in ("SCAP", "TCAP", "UCAP", "VCAP"):
                a = actors[tok[0]]
                return (
                    a.country[3]
                    if (a.country[3] and a.kind not in ("IGOO", "IGOP", "NGO"))
                    else "{VENUE}"
                )
            if tok == "had":
                return "had " if ctx["backshift"] else ""
            if tok == "when":
                return " " + rng.choice(WHEN) if rng.random() < 0.45 else ""
            if tok == "fwhen":
                return " " + rng.choice(FWHEN) if rng.random() < 0.6 else ""
            if tok == "where":
                if actors["T"].kind == "LOC":  # the target already is the place
                    return ""
                return " " + rng.choice(WHERE) if rng.random() < 0.4 else ""
            if tok == "PN":
                return self.person_name()[0]
            if tok in POOLS:
                return rng.choice(POOLS[tok])
            raise KeyError(f"unknown token {{{tok}}} in {pattern!r}")

        s = pattern
        for _ in range(12):
            new = re.sub(r"\{([^{}]*)\}", brace, s)
            if new == s:
                break
            s = new

        def agree(m: re.Match) -> str:
            return m.group(3) if actors[m.group(1)].pl else m.group(2)

        s = re.sub(r"\[(S|T|U|V|X|X2):([^|\]]*)\|([^\]]*)\]", agree, s)
        s = re.sub(r"\b([Aa]) ([A-Za-z][\w'-]*)", fix_article, s)
        s = re.sub(r" {2,}", " ", s)
        s = re.sub(r" ([,.])", r"\1", s)
        s = s.replace(",,", ",").replace("..", ".")
        return s.strip()

    def decorate(self, tpl: Template, actors: dict):
        """Wrap the template in optional framing, background clauses and appositives."""
        rng = self.rng
        body = tpl.pattern
        coop = tpl.etype in COOP_TYPES
        backshift = False
        if rng.random() < 0.12:
            for key in ("S", "T"):
                if body.startswith(f"{{{key}}} "):
                    a = actors[key]
                    pool = APPOS.get(a.kind, [])
                    if a.pl and a.kind not in ("MILU", "ARMG", "CROWD"):
                        pool = [x for x in pool if not x.startswith("which")]
                    if pool:
                        body = f"{{{key}}}, {rng.choice(pool)}, {body[len(key) + 3 :]}"
                    break
        actor_initial = body.startswith("{")
        has_said = " said" in body or "according to" in body
        prefix = suffix = ""
        r = rng.random()
        if not has_said and actor_initial and r < 0.14:
            frame = rng.choice(PREFIX_FRAMES)
            prefix = frame.replace("{SRC}", rng.choice(SOURCES)).replace(
                "{SAYER}", rng.choice(SAYERS)
            )
            backshift = ("said" in frame or "reported" in frame) and rng.random() < 0.6
        elif not has_said and r < 0.27:
            suffix = rng.choice(SUFFIX_FRAMES)
            suffix = suffix.replace("{SRC}", rng.choice(SOURCES)).replace(
                "{SAYER}", rng.choice(SAYERS)
            )
        if not prefix and actor_initial and rng.random() < 0.14:
            prefix = rng.choice(BG_PREFIX_COOP if coop else BG_PREFIX_CONF)
        elif (
            not prefix
            and actor_initial
            and tpl.modality == "actual"
            and not any(b in body for b in TIME_BLOCKERS)
            and rng.random() < 0.1
        ):
            prefix = rng.choice(TIME_PREFIX)
        if not suffix and rng.random() < 0.12:
            suffix = ", " + rng.choice(BG_SUFFIX_COOP if coop else BG_SUFFIX_CONF)
        pattern = prefix + body[:-1] + suffix + "."
        extra = ""
        if rng.random() < 0.07:
            pool = (
                EXTRA_SENTENCES
                if "{X2}" not in pattern
                else [e for e in EXTRA_SENTENCES if "{X2}" not in e]
            )
            extra = rng.choice(pool)
        return pattern, backshift, extra

    def build(self, tpl: Template):
        actors = self.cast(tpl)
        return self.realise(tpl, tpl.pattern, actors)

    def realise(self, tpl: Template, body: str, actors: dict, second=None):
        """Render ``body`` (with framing) into records: the (S, T) pair labelled as
        ``tpl``, and for a composed sentence also ``second`` = (template, source key,
        target key) for the distractor event; None when the sentence is unusable."""
        shown = Template(
            tpl.etype,
            tpl.tid,
            tpl.mode,
            tpl.modality,
            tpl.negated,
            tpl.roles,
            body,
            tpl.tag,
            tpl.split,
        )
        pattern, backshift, extra = self.decorate(shown, actors)
        ctx = {
            "actors": actors,
            "counts": {k: 0 for k in ("S", "T", "U", "V", "X", "X2", "XA")},
            "backshift": backshift,
        }
        text = self.render(pattern, ctx)
        text = text[0].upper() + text[1:]
        if extra:
            e = self.render(extra, ctx)
            text = text + " " + e[0].upper() + e[1:]
        pairs = [(tpl, "S", "T")] + ([second] if second else [])
        if not self.valid(text, ctx, actors, {k for _, a, b in pairs for k in (a, b)}):
            return None
        records = []
        for t, a, b in pairs:
            src, tgt = self.surface(actors[a].name, text), self.surface(actors[b].name, text)
            if src not in text or tgt not in text:
                return None
            src = self.short_form(actors[a], src, text, tgt)
            tgt = self.short_form(actors[b], tgt, text, src)
            records.append(
                {
                    "text": text,
                    "source": src,
                    "target": tgt,
                    "event_type": t.etype,
                    "mode": t.mode,
                    "negated": t.negated,
                    "modality": t.modality,
                    "template": t.tid if t is tpl and not second else f"{tpl.tid}+{second[0].tid}",
                }
            )
        return records if second else records[0]

    def short_form(self, actor: Actor, string: str, text: str, other: str) -> str:
        """Now and then the shorter string by which annotators often mark an actor: a
        person's surname, or the demonym of a national body ("Iraqi" in "Iraqi army").
        Only when it occurs once in the text (dotterel finds actor strings by substring)."""
        if self.rng.random() >= self.short_rate:
            return string
        options = []
        if actor.person and " " in actor.name:
            options.append(actor.name.split()[-1])
        demonym = actor.country[2]
        if string.lower().startswith(demonym.lower() + " "):
            options.append(string[: len(demonym)])
        options = [
            o
            for o in options
            if text.lower().count(o.lower()) == 1
            and o.lower() not in other.lower()
            and other.lower() not in o.lower()
        ]
        return self.rng.choice(options) if options else string

    @staticmethod
    def surface(name: str, text: str) -> str:
        """The name as written: capitalised when it opens the sentence."""
        if text.startswith(name[0].upper() + name[1:]):
            return text[: len(name)]
        return name

    # ---- distractors ----
    def compose(self, tpl: Template, split: str):
        """A sentence with two events: ``tpl`` between S and T, and a distractor event of
        another (often confusable) type between other actors or from the same source.
        Returns both records, or None."""
        rng = self.rng
        if rng.random() < 0.5:
            dtype = rng.choice(CONFUSABLE[tpl.etype])
        else:
            dtype = rng.choice([t for t in TYPES if t != tpl.etype])
        negated = rng.random() < self.neg_rate
        pool = [
            t
            for t in self.templates[dtype]
            if split in ("all", t.split) and "{X" not in t.pattern and t.negated == negated
        ]
        if not pool:
            return None
        dist = rng.choice(pool)
        actors = self.cast(tpl)
        other = self.cast(dist)
        body_m, body_d = tpl.pattern[:-1], dist.pattern[:-1]
        how = rng.choice(["shared", "shared", "after", "after", "before"])
        if how == "shared" and not (
            body_m.startswith("{S} ")
            and body_d.startswith("{S} ")
            and actors["S"].kind in kinds_of(dist.roles["S"])
        ):
            how = "after"
        if how == "shared":
            actors["U"] = other["T"]
            d = rename_roles(body_d, {"T": "U"})
            joins = JOIN_SHARED
            if re.search(r"\b(will|would|could|might)\b", d):
                joins = [j for j in joins if "after" not in j]
            join = rng.choice(joins)
            body = join.replace("{M}", body_m[4:]).replace("{D}", d[4:])
            second = (dist, "S", "U")
        else:
            actors["V"], actors["U"] = other["S"], other["T"]
            d = rename_roles(body_d, {"S": "V", "T": "U"})
            joins = JOIN_AFTER if how == "after" else JOIN_BEFORE
            if re.search(r"\b(will|would|could|might)\b", d):  # "after ... will": no
                joins = [j for j in joins if "after" not in j]
            join = rng.choice(joins)
            body = join.replace("{M}", body_m).replace("{D}", d)
            second = (dist, "V", "U")
        return self.realise(tpl, body + ".", actors, second)

    @staticmethod
    def occurrences(name: str, text: str) -> int:
        return len(
            re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, flags=re.IGNORECASE)
        )

    def valid(self, text, ctx, actors, roles) -> bool:
        counts = ctx["counts"]
        if any(counts[k] < 1 for k in roles):
            return False
        used = [k for k in ("S", "T", "U", "V", "X", "X2", "XA") if counts[k]]
        names = {k: actors[k].name.lower() for k in used}
        for i, a in enumerate(used):
            for b in used[i + 1 :]:
                if names[a] in names[b] or names[b] in names[a]:
                    return False
        # each role string occurs exactly where the template put it, never inside another mention
        for k in ("S", "T", "U", "V"):
            if counts[k] and self.occurrences(actors[k].name, text) != counts[k]:
                return False
        s_act, t_act = actors["S"], actors["T"]
        if (
            s_act.kind == t_act.kind == "IGOP" and s_act.form == t_act.form
        ):  # one office holder at a time
            return False
        if any(ch in text for ch in "{}[]<>|"):
            return False
        return not re.search(r"\b(the|a|an) (the|a|an)\b", text, re.I)

    def generate(self, n_per_type: int, split: str = "all") -> list[dict]:
        """``n_per_type`` records per type from the templates of ``split`` (train, dev or
        all); a share (``compose_rate``) of them have a distractor event, whose own record
        is kept half of the time."""
        rng = self.rng
        seen: set[tuple[str, str, str]] = set()
        records: list[dict] = []

        def add(rec: dict) -> bool:
            key = (rec["text"], rec["source"], rec["target"])
            if key in seen:
                return False
            seen.add(key)
            records.append(rec)
            return True

        for etype in TYPES:
            usable = [t for t in self.templates[etype] if split in ("all", t.split)]
            pos = [t for t in usable if not t.negated]
            neg = [t for t in usable if t.negated]
            for _ in range(n_per_type):
                pool = neg if (neg and rng.random() < self.neg_rate) else pos
                tpl = rng.choice(pool)
                if rng.random() < self.compose_rate:
                    pair = None
                    for _attempt in range(20):
                        pair = self.compose(tpl, split)
                        if (
                            pair is not None
                            and (pair[0]["text"], pair[0]["source"], pair[0]["target"]) not in seen
                        ):
                            break
                        pair = None
                    if pair is not None:
                        add(pair[0])
                        if rng.random() < 0.5:
                            add(pair[1])
                        continue
                rec = None
                for attempt in range(400):
                    rec = self.build(tpl)
                    if rec is not None and (rec["text"], rec["source"], rec["target"]) not in seen:
                        break
                    rec = None
                    if attempt % 50 == 49:
                        tpl = rng.choice(pool)
                if rec is None:
                    raise RuntimeError(f"could not realise a sentence for {tpl.tid}")
                add(rec)
        rng.shuffle(records)
        return records


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="Generate synthetic PLOVER source/target training sentences."
    )
    ap.add_argument(
        "--n-per-type", type=int, default=1500, help="records per event type (default 1500)"
    )
    ap.add_argument("--seed", type=int, default=13, help="random seed (default 13)")
    ap.add_argument("--output", default="training/synthetic.jsonl", help="JSON Lines output path")
    ap.add_argument(
        "--neg-rate", type=float, default=0.08, help="share of negated records (default 0.08)"
    )
    ap.add_argument(
        "--apology-type",
        choices=["CONCEDE", "SUPPORT"],
        default="CONCEDE",
        help="type given to apologies (the codebook codes expressions of regret as CONCEDE)",
    )
    ap.add_argument(
        "--compose-rate",
        type=float,
        default=0.35,
        help="share of records whose sentence also holds a distractor event (default 0.35)",
    )
    ap.add_argument(
        "--split",
        choices=["all", "train", "dev"],
        default="all",
        help="templates to use: every fifth one is held out as 'dev' (default all)",
    )
    ap.add_argument(
        "--short-rate",
        type=float,
        default=0.15,
        help="share of actor strings given as a surname or demonym (default 0.15)",
    )
    args = ap.parse_args(argv)
    gen = Generator(args.seed, args.neg_rate, args.apology_type, args.compose_rate, args.short_rate)
    records = gen.generate(args.n_per_type, args.split)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {t: 0 for t in TYPES}
    for rec in records:
        counts[rec["event_type"]] += 1
    summary = " ".join(f"{t}={counts[t]}" for t in TYPES)
    print(f"synthetic: {len(records)} records -> {out}: {summary}", file=sys.stderr)  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
