<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueChoice</name>
    <message numerus="yes">
        <source>The %n product(s) selected in the list</source>
        <translation type="unfinished">
            <numerusform>The %Ln product selected in the list</numerusform>
            <numerusform>The %Ln products selected in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message numerus="yes">
        <source>%n product(s) will be in the catalogue.</source>
        <translation type="unfinished">
            <numerusform>%Ln product will be in the catalogue.</numerusform>
            <numerusform>%Ln products will be in the catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected product(s) not shown on the kiosk stay out.</source>
        <translation type="unfinished">
            <numerusform>%Ln of the selected product not shown on the kiosk stay out.</numerusform>
            <numerusform>%Ln of the selected products not shown on the kiosk stay out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearDemoDialog</name>
    <message numerus="yes">
        <source>Also remove the %n demo product(s) that staff changed</source>
        <translation type="unfinished">
            <numerusform>Also remove the %Ln demo product that staff changed</numerusform>
            <numerusform>Also remove the %Ln demo products that staff changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo product(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln demo product</numerusform>
            <numerusform>%Ln demo products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n photo(s),</source>
        <translation type="unfinished">
            <numerusform>(with %Ln photo,</numerusform>
            <numerusform>(with %Ln photos,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s))</source>
        <translation type="unfinished">
            <numerusform>%Ln stock movement)</numerusform>
            <numerusform>%Ln stock movements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo producer(s) no kept product uses</source>
        <translation type="unfinished">
            <numerusform>%Ln demo producer no kept product uses</numerusform>
            <numerusform>%Ln demo producers no kept product uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo category(ies) no kept product uses</source>
        <translation type="unfinished">
            <numerusform>%Ln demo category(ies) no kept product uses</numerusform>
            <numerusform>%Ln demo category(ies) no kept product uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) that staff added</source>
        <translation type="unfinished">
            <numerusform>%Ln product that staff added</numerusform>
            <numerusform>%Ln products that staff added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo product(s) that staff changed</source>
        <translation type="unfinished">
            <numerusform>%Ln demo product that staff changed</numerusform>
            <numerusform>%Ln demo products that staff changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo producer(s) still in use or changed by staff</source>
        <translation type="unfinished">
            <numerusform>%Ln demo producer still in use or changed by staff</numerusform>
            <numerusform>%Ln demo producers still in use or changed by staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo category(ies) still in use</source>
        <translation type="unfinished">
            <numerusform>%Ln demo category(ies) still in use</numerusform>
            <numerusform>%Ln demo category(ies) still in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data cleared: %n product(s) removed. Backup: {path}</source>
        <translation type="unfinished">
            <numerusform>Demo data cleared: %Ln product removed. Backup: {path}</numerusform>
            <numerusform>Demo data cleared: %Ln products removed. Backup: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelJobForm</name>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) have no phone: their labels show text</source>
        <translation type="unfinished">
            <numerusform>%Ln producer have no phone: their labels show text</numerusform>
            <numerusform>%Ln producers have no phone: their labels show text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) have no producer: their labels show text</source>
        <translation type="unfinished">
            <numerusform>%Ln product have no producer: their labels show text</numerusform>
            <numerusform>%Ln products have no producer: their labels show text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>Labels for all %n product(s) in the list</source>
        <translation type="unfinished">
            <numerusform>Labels for all %Ln product in the list</numerusform>
            <numerusform>Labels for all %Ln products in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labels for %n selected product(s)</source>
        <translation type="unfinished">
            <numerusform>Labels for %Ln selected product</numerusform>
            <numerusform>Labels for %Ln selected products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n product(s) low on stock</source>
        <translation type="unfinished">
            <numerusform>⚠ %Ln product low on stock</numerusform>
            <numerusform>⚠ %Ln products low on stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <source>%n file(s) could not be added as photos:</source>
        <translation type="unfinished">
            <numerusform>%Ln file could not be added as photos:</numerusform>
            <numerusform>%Ln files could not be added as photos:</numerusform>
        </translation>
    </message>
</context>
</TS>
