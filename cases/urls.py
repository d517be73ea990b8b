from django.urls import include, path

from . import privacy, views

urlpatterns = [
    path("cases/", views.case_list, name="case_list"),
    path("cases/mine/", views.my_cases, name="my_cases"),
    path("cases/new/", views.case_new, name="case_new"),
    path("cases/new/questions/", views.case_new_attributes, name="case_new_attributes"),
    path("cases/bulk/", views.bulk_action, name="case_bulk"),
    path("cases/<int:pk>/", views.case_detail, name="case_detail"),
    path("cases/<int:pk>/note/", views.case_note, name="case_note"),
    path("cases/<int:pk>/message/", views.case_message, name="case_message"),
    path("cases/<int:pk>/contact/", views.case_contact, name="case_contact"),
    path("cases/<int:pk>/status/", views.case_status, name="case_status"),
    path("cases/<int:pk>/assign/", views.case_assign, name="case_assign"),
    path("cases/<int:pk>/take/", views.case_take, name="case_take"),
    path("cases/<int:pk>/unassign/", views.case_unassign, name="case_unassign"),
    path("cases/<int:pk>/reopen/", views.case_reopen, name="case_reopen"),
    path("cases/<int:pk>/link/", views.case_link, name="case_link"),
    path("cases/<int:pk>/legal-hold/", views.case_legal_hold, name="case_legal_hold"),
    path("cases/<int:pk>/attachments/", views.case_attachment_add, name="case_attachment_add"),
    path(
        "cases/<int:pk>/attachments/<int:attachment_pk>/",
        views.case_attachment_download,
        name="case_attachment",
    ),
    path("customers/", views.customer_list, name="customer_list"),
    path("customers/<int:pk>/", views.customer_detail, name="customer_detail"),
    path(
        "customers/<int:pk>/subject-access/",
        views.customer_subject_access,
        name="customer_subject_access",
    ),
    path(
        "customers/<int:pk>/subject-access.json",
        views.customer_subject_access_json,
        name="customer_subject_access_json",
    ),
    path("privacy/", include(privacy.urlpatterns)),
]
